using System.Collections.Generic;
using System.Linq;
using ConversationHooks.Spec;

namespace ConversationHooks.Generator.Emit
{
    /// <summary>
    /// A set of wire values (filters, methods, targets, payload enums) and how its C# enum is documented.
    /// With <see cref="IgnoreAsciiCase"/>, parsing accepts any ASCII casing and a known value is always
    /// written in its listed casing (the spec's <c>methodsIgnoreCase</c>). With <see cref="KeepsWireText"/>
    /// as well (payload enums: Twilio sends <c>sms</c> where its docs write <c>SMS</c>), a known value
    /// keeps the text it came as, and values compare ignoring case.
    /// </summary>
    internal sealed record WireEnum(string TypeName, string Summary, IReadOnlyList<WireMember> Members, bool IgnoreAsciiCase = false, bool KeepsWireText = false)
    {
        public string Matching => IgnoreAsciiCase ? "equals, ignoring ASCII case," : "is exactly (ordinal)";
    }

    internal sealed record WireMember(string WireName, string Summary)
    {
        public string MemberName => Naming.MemberName(WireName);
    }

    /// <summary>
    /// Emits, for one set of wire values: the enum; <c>{Enum}Names</c> with a constant per wire name,
    /// allocation-free wire-name lookups and parsing; and <c>{Enum}Value</c>, the forward-compatible
    /// wrapper that keeps a wire value the spec does not know instead of throwing.
    /// </summary>
    internal static class WireEnumEmitter
    {
        public static void Emit(SourceWriter w, WireEnum e, GeneratorOptions options)
        {
            EmitEnum(w, e, options);
            w.Line();
            EmitNames(w, e, options);
            w.Line();
            EmitValue(w, e, options);
        }

        private static void EmitEnum(SourceWriter w, WireEnum e, GeneratorOptions options)
        {
            w.Summary(e.Summary);
            w.Line(GeneratedCode.Attribute);
            w.Open($"{options.Accessibility} enum {e.TypeName}");
            foreach (var member in e.Members)
            {
                w.Line($"/// <summary><c>{SourceWriter.EscapeXml(member.WireName)}</c>: {SourceWriter.EscapeXml(member.Summary)}</summary>");
                w.Line(member.MemberName + ",");
            }

            w.Close();
        }

        private static void EmitNames(SourceWriter w, WireEnum e, GeneratorOptions options)
        {
            var names = Naming.NamesTypeName(e.TypeName);
            var nullableString = options.Nullable("string");
            w.Summary($"The wire names of {e.TypeName}, and conversions between the two.");
            w.Line(GeneratedCode.Attribute);
            w.Open($"{options.Accessibility} static partial class {names}");
            foreach (var member in e.Members)
            {
                w.Summary($"The wire name of {e.TypeName}.{member.MemberName}.");
                w.Line($"public const string {member.MemberName} = {SourceWriter.Literal(member.WireName)};");
                w.Line();
            }

            w.Summary($"The wire name of every {e.TypeName}, in declaration order.");
            w.Line($"public static global::System.Collections.Generic.IReadOnlyList<string> All {{ get; }} = new global::System.Collections.ObjectModel.ReadOnlyCollection<string>(new string[] {{ {string.Join(", ", e.Members.Select(m => m.MemberName))} }});");
            w.Line();

            w.Summary($"The wire name of {e.TypeName} <paramref name=\"value\"/>.");
            w.Open($"public static string GetWireName(this {e.TypeName} value)");
            w.Open("switch (value)");
            foreach (var member in e.Members)
            {
                w.Line($"case {e.TypeName}.{member.MemberName}: return {member.MemberName};");
            }

            w.Line($"default: throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"Not a defined \" + nameof({e.TypeName}) + \".\");");
            w.Close();
            w.Close();
            w.Line();

            w.Summary($"Finds the member whose wire name {e.Matching} <paramref name=\"wireName\"/>.");
            w.Open($"public static bool TryParse({nullableString} wireName, out {e.TypeName} value)");
            w.Open("if (wireName is null)");
            w.Line("value = default;");
            w.Line("return false;");
            w.Close();
            w.Line();
            w.Line("return TryParse(global::System.MemoryExtensions.AsSpan(wireName), out value);");
            w.Close();
            w.Line();

            w.Summary($"Finds the member whose wire name {e.Matching} <paramref name=\"wireName\"/>, without allocating.");
            w.Open($"public static bool TryParse(global::System.ReadOnlySpan<char> wireName, out {e.TypeName} value)");
            EmitLookup(w, e, "wireName", CharLiteral, member => $"global::System.MemoryExtensions.AsSpan({member.MemberName})");
            w.Close();
            w.Line();
            w.Summary($"Finds the member whose wire name {e.Matching} the UTF-8 <paramref name=\"utf8WireName\"/>, without allocating or decoding it.");
            w.Open($"public static bool TryParse(global::System.ReadOnlySpan<byte> utf8WireName, out {e.TypeName} value)");
            // Wire names are ASCII (the spec's patterns say so): one byte per character, the same lookup.
            EmitLookup(w, e, "utf8WireName", c => "(byte)" + CharLiteral(c), member => "Utf8." + member.MemberName);
            w.Close();
            w.Line();
            w.Summary("The wire names as UTF-8: static data, read without allocating.");
            w.Open("private static class Utf8");
            foreach (var member in e.Members)
            {
                var bytes = string.Join(", ", member.WireName.Select(c => ((int)c).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                w.Line($"public static global::System.ReadOnlySpan<byte> {member.MemberName} => new byte[] {{ {bytes} }};");
            }

            w.Close();
            if (e.IgnoreAsciiCase)
            {
                EmitIgnoringAsciiCase(w, "char");
                EmitIgnoringAsciiCase(w, "byte");
            }

            w.Close();
        }

        /// <summary>The comparison of the spec's <c>WireCase</c>, for one element type: only ASCII letters fold.</summary>
        private static void EmitIgnoringAsciiCase(SourceWriter w, string element)
        {
            w.Line();
            // Called only after the lookup matched the length.
            w.Open($"private static bool EqualsIgnoringAsciiCase(global::System.ReadOnlySpan<{element}> text, global::System.ReadOnlySpan<{element}> wireName)");
            w.Open("for (var i = 0; i < text.Length; i++)");
            w.Line("int a = text[i], b = wireName[i];");
            w.Open("if (a != b && ((uint)((a | 0x20) - 'a') > 'z' - 'a' || (a | 0x20) != (b | 0x20)))");
            w.Line("return false;");
            w.Close();
            w.Close();
            w.Line();
            w.Line("return true;");
            w.Close();
        }

        /// <summary>
        /// By length, then by the character that tells the names of that length apart: at most a couple
        /// of comparisons of the whole name. <paramref name="span"/> is the parameter to look up;
        /// <paramref name="label"/> writes a character as a case label of its element type, and
        /// <paramref name="wireName"/> is the expression of a member's wire name as such a span.
        /// </summary>
        private static void EmitLookup(SourceWriter w, WireEnum e, string span, System.Func<char, string> label, System.Func<WireMember, string> wireName)
        {
            w.Open($"switch ({span}.Length)");
            foreach (var group in e.Members.GroupBy(m => m.WireName.Length).OrderBy(g => g.Key))
            {
                w.Line($"case {group.Key}:");
                w.Line("{");
                var members = group.ToList();
                // Ignoring case, a character does not tell names apart by itself: compare each name.
                var at = e.IgnoreAsciiCase ? -1 : DistinguishingIndex(members);
                if (members.Count == 1 || at < 0)
                {
                    foreach (var member in members)
                    {
                        w.Line($"    {Compare(e, span, member, wireName(member))}");
                    }
                }
                else
                {
                    w.Line($"    switch ({span}[{at}])");
                    w.Line("    {");
                    foreach (var bucket in members.GroupBy(m => m.WireName[at]).OrderBy(b => b.Key))
                    {
                        w.Line($"        case {label(bucket.Key)}:");
                        foreach (var member in bucket)
                        {
                            w.Line($"            {Compare(e, span, member, wireName(member))}");
                        }

                        w.Line("            break;");
                    }

                    w.Line("    }");
                }

                w.Line("    break;");
                w.Line("}");
            }

            w.Close();
            w.Line();
            w.Line("value = default;");
            w.Line("return false;");
        }

        private static string Compare(WireEnum e, string span, WireMember member, string wireName)
            => e.IgnoreAsciiCase
                ? $"if (EqualsIgnoringAsciiCase({span}, {wireName})) {{ value = {e.TypeName}.{member.MemberName}; return true; }}"
                : $"if (global::System.MemoryExtensions.SequenceEqual({span}, {wireName})) {{ value = {e.TypeName}.{member.MemberName}; return true; }}";

        /// <summary>The position whose character differs most among <paramref name="members"/> (all of one length); -1 if none helps.</summary>
        private static int DistinguishingIndex(IReadOnlyList<WireMember> members)
        {
            var best = -1;
            var bestDistinct = 1;
            for (var i = 0; i < members[0].WireName.Length; i++)
            {
                var distinct = members.Select(m => m.WireName[i]).Distinct().Count();
                if (distinct > bestDistinct)
                {
                    best = i;
                    bestDistinct = distinct;
                }
            }

            return best;
        }

        private static string CharLiteral(char c)
            => c == '\'' || c == '\\' ? $"'\\{c}'" : c < 0x20 || c > 0x7E ? $"'\\u{(int)c:X4}'" : $"'{c}'";

        private static void EmitValue(SourceWriter w, WireEnum e, GeneratorOptions options)
        {
            var type = Naming.ValueTypeName(e.TypeName);
            var names = Naming.NamesTypeName(e.TypeName);
            w.Summary($"A {e.TypeName} as it travels on the wire: a known member, or a wire name this spec does not know, kept unchanged.");
            w.Line(GeneratedCode.Attribute);
            w.Open($"{options.Accessibility} readonly struct {type} : global::System.IEquatable<{type}>");
            w.Line("private readonly string _wireName;");
            w.Line($"private readonly {e.TypeName} _value;");
            w.Line("private readonly bool _isKnown;");
            w.Line();
            w.Summary($"Wraps a known {e.TypeName}.");
            w.Open($"public {type}({e.TypeName} value)");
            w.Line($"_wireName = {names}.GetWireName(value);");
            w.Line("_value = value;");
            w.Line("_isKnown = true;");
            w.Close();
            w.Line();
            w.Open($"private {type}(string unknownWireName)");
            w.Line("_wireName = unknownWireName;");
            w.Line("_value = default;");
            w.Line("_isKnown = false;");
            w.Close();
            w.Line();
            if (e.KeepsWireText)
            {
                w.Open($"private {type}({e.TypeName} value, string wireName)");
                w.Line("_wireName = wireName;");
                w.Line("_value = value;");
                w.Line("_isKnown = true;");
                w.Close();
                w.Line();
            }

            w.Summary(e.KeepsWireText
                ? "Wraps a wire name, known or not (known in any ASCII casing, and kept as given). Never fails for an unknown name."
                : e.IgnoreAsciiCase
                ? "Wraps a wire name, known or not (known in any ASCII casing, then written in the spec's). Never fails for an unknown name."
                : "Wraps a wire name, known or not. Never fails for an unknown name.");
            w.Open($"public static {type} FromWireName(string wireName)");
            w.Open("if (wireName is null)");
            w.Line("throw new global::System.ArgumentNullException(nameof(wireName));");
            w.Close();
            w.Line();
            w.Line($"{e.TypeName} value;");
            w.Line($"return {names}.TryParse(wireName, out value) ? new {type}(value{(e.KeepsWireText ? ", wireName" : string.Empty)}) : new {type}(wireName);");
            w.Close();
            w.Line();
            if (e.KeepsWireText)
            {
                w.Summary("Wraps a wire name read as UTF-8 (from JSON), kept as it came.");
                w.Line($"public static {type} FromUtf8(global::System.ReadOnlySpan<byte> utf8WireName) => FromWireName({GeneratedCode.Internal}WireText.Decode(utf8WireName));");
            }
            else
            {
                w.Summary("Wraps a wire name read as UTF-8 (from JSON): a known one costs no string.");
                w.Open($"public static {type} FromUtf8(global::System.ReadOnlySpan<byte> utf8WireName)");
                w.Line($"{e.TypeName} value;");
                w.Line($"return {names}.TryParse(utf8WireName, out value) ? new {type}(value) : new {type}({GeneratedCode.Internal}WireText.Decode(utf8WireName));");
                w.Close();
            }

            w.Line();
            w.Summary(e.IgnoreAsciiCase && !e.KeepsWireText
                ? "The wire name: the spec's casing for a known member, else exactly as it was given or received."
                : "The wire name, exactly as it was given or received.");
            w.Line("public string WireName => _wireName ?? string.Empty;");
            w.Line();
            w.Summary($"True when the wire name is a member of {e.TypeName}.");
            w.Line("public bool IsKnown => _isKnown;");
            w.Line();
            w.Summary("The member, when the wire name is known.");
            w.Open($"public bool TryGetValue(out {e.TypeName} value)");
            w.Line("value = _value;");
            w.Line("return _isKnown;");
            w.Close();
            w.Line();
            w.Summary($"Wraps a known {e.TypeName}.");
            w.Line($"public static implicit operator {type}({e.TypeName} value) => new {type}(value);");
            w.Line();
            GeneratedCode.EmitStringEquality(w, options, type, "WireName", "wire names", ignoreCase: e.KeepsWireText);
            w.Close();
        }
    }
}
