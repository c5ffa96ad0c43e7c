using ConversationHooks.Spec;
using ConversationHooks.Spec.Model;

namespace ConversationHooks.Generator.Emit
{
    /// <summary>Emits one readonly SID value type per SID kind (<c>AccountSid</c>, <c>ConversationSid</c>, ...).</summary>
    internal static class SidEmitter
    {
        /// <summary>The nested converter that writes a SID as a JSON string (<c>ConversationHooksJson</c> names it too).</summary>
        public const string JsonConverterName = "SidJsonConverter";

        public static GeneratedFile Emit(SidKindSpec kind, GeneratorOptions options)
        {
            var type = Naming.SidTypeName(kind.Name);
            return GeneratedCode.File(type, options, w =>
            {
                var shape = kind.Prefix is null ? "two upper-case letters" : $"<c>{kind.Prefix}</c>";
                w.Line($"/// <summary>{SourceWriter.EscapeXml(kind.Description)} Its SID is {shape} and 32 hex digits.</summary>");
                w.Line(GeneratedCode.Attribute);
                w.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({type}.{JsonConverterName}))]");
                w.Open($"{options.Accessibility} readonly struct {type} : global::System.IEquatable<{type}>");
                if (kind.Prefix is null)
                {
                    w.Summary("This kind accepts any two upper-case letters as its prefix.");
                    w.Line($"public const {options.Nullable("string")} Prefix = null;");
                }
                else
                {
                    w.Summary("The two letters every SID of this kind starts with.");
                    w.Line($"public const string Prefix = {SourceWriter.Literal(kind.Prefix)};");
                }

                w.Line();
                w.Line("private readonly string _value;");
                w.Line();
                w.Line($"private {type}(string value) => _value = value;");
                w.Line();
                w.Summary("The SID as a string, its hex digits in lower case (as Twilio issues them); empty for the default value.");
                w.Line("public string Value => _value ?? string.Empty;");
                w.Line();
                w.Summary($"Parses a {type}; its hex digits may be in either case, and mean the same.");
                w.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"value\"/> is null.</exception>");
                w.Line($"/// <exception cref=\"global::System.FormatException\">Not a {type}; the message says which rule failed (length, prefix, hex digits).</exception>");
                w.Line($"public static {type} Parse(string value) => new {type}(global::ConversationHooks.SidFormat.Parse(value, nameof({type}), Prefix));");
                w.Line();
                w.Summary($"Parses a {type}; false when <paramref name=\"value\"/> is not one.");
                w.Line($"public static bool TryParse({options.Nullable("string")} value, out {type} sid) => TryParse(value, out sid, out _);");
                w.Line();
                w.Summary($"Parses a {type}; on failure <paramref name=\"error\"/> says which rule failed.");
                w.Open($"public static bool TryParse({options.Nullable("string")} value, out {type} sid, out global::ConversationHooks.SidError error)");
                w.Line("error = global::ConversationHooks.SidFormat.Check(global::System.MemoryExtensions.AsSpan(value), Prefix);");
                w.Line($"sid = error == global::ConversationHooks.SidError.None ? new {type}(global::ConversationHooks.SidFormat.ToCanonical(value{(options.NullableAnnotations ? "!" : string.Empty)})) : default({type});");
                w.Line("return error == global::ConversationHooks.SidError.None;");
                w.Close();
                w.Line();
                // Value is canonical, so ordinal comparison treats both spellings of the hex digits as one SID.
                GeneratedCode.EmitStringEquality(w, options, type, "Value", "SIDs");
                w.Line();
                EmitJsonConverter(w, type);
                w.Close();
            });
        }

        private static void EmitJsonConverter(SourceWriter w, string type)
        {
            w.Summary($"Writes a {type} as a JSON string, and reads one (<c>\"\"</c> is the default value).");
            w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            w.Open($"internal sealed class {JsonConverterName} : {GeneratedCode.Internal}SidJsonConverter<{type}>");
            w.Line($"protected override {type} Parse(string value) => {type}.Parse(value);");
            w.Line();
            w.Line($"protected override string Format({type} sid) => sid.Value;");
            w.Close();
        }
    }
}
