using System;
using System.Collections.Generic;
using System.Linq;

namespace ConversationHooks.Generator.Emit
{
    /// <summary>
    /// Emits the shape requests and responses share: an immutable sealed class (it compiles in every
    /// C# version, unlike records) with get-only properties, a constructor taking them (required
    /// ones first, the rest optional), and value equality.
    /// </summary>
    internal static class RecordEmitter
    {
        public static void Emit(
            SourceWriter w,
            GeneratorOptions options,
            string type,
            string summary,
            string interfaceName,
            IReadOnlyList<ValueMapping> values,
            Action<SourceWriter> members)
        {
            w.Summary(SourceWriter.EscapeXml(summary));
            w.Line(GeneratedCode.Attribute);
            w.Open($"{options.Accessibility} sealed partial class {type} : global::System.IEquatable<{type}>, {interfaceName}");
            EmitConstructor(w, type, values);
            foreach (var value in values)
            {
                w.Line();
                w.Line($"/// <summary>{value.Documentation}</summary>");
                w.Line($"public {value.PropertyType} {value.Property} {{ get; }}");
            }

            w.Line();
            members(w);
            w.Line();
            EmitEquality(w, options, type, values);
            w.Line();
            EmitToString(w, type, values);
            w.Close();
        }

        private static void EmitConstructor(SourceWriter w, string type, IReadOnlyList<ValueMapping> values)
        {
            var ordered = values.Where(v => v.IsRequired).Concat(values.Where(v => !v.IsRequired)).ToList();
            w.Summary("Creates the value; leave out what is not set.");
            foreach (var value in ordered)
            {
                w.Line($"/// <param name=\"{value.Parameter.TrimStart('@')}\">{value.Documentation}</param>");
            }

            foreach (var value in ordered.Where(v => v.HasRange))
            {
                w.Line($"/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"{value.Parameter.TrimStart('@')}\"/> is not from {value.Minimum} to {value.Maximum}.</exception>");
            }

            var parameters = ordered.Select(v => $"{v.PropertyType} {v.Parameter}{(v.IsRequired ? string.Empty : " = null")}");
            w.Open($"public {type}({string.Join(", ", parameters)})");
            foreach (var value in values)
            {
                w.Line(Assignment(value));
            }

            w.Close();
        }

        /// <summary>
        /// The constructor's assignment of one property. Lists are copied: the caller keeps the list it
        /// passed, and may change it, but the value is immutable. A value with an allowed range is checked.
        /// </summary>
        private static string Assignment(ValueMapping value)
        {
            if (value.HasRange)
            {
                return $"{value.Property} = {value.CheckedRange(value.Parameter, value.Parameter)};";
            }

            if (!value.IsRepeated)
            {
                return $"{value.Property} = {value.Parameter};";
            }

            var whenNull = value.IsRequired ? $"throw new global::System.ArgumentNullException(nameof({value.Parameter}))" : "null";
            return $"{value.Property} = {value.Parameter} == null ? {whenNull} : {GeneratedCode.Internal}ReadOnlyLists.CopyOf({value.Parameter});";
        }

        /// <summary>A record-like <c>ToString</c>, <c>Type { A = 1, B = [x, y] }</c>: what a debugger or a log shows.</summary>
        private static void EmitToString(SourceWriter w, string type, IReadOnlyList<ValueMapping> values)
        {
            w.Summary($"The type's name and every property, as <c>{SourceWriter.EscapeXml(type)} {{ Name = value, ... }}</c>.");
            w.Open("public override string ToString()");
            w.Line($"var text = {GeneratedCode.Internal}DisplayText.Start(nameof({type}));");
            foreach (var value in values)
            {
                w.Line($"{GeneratedCode.Internal}DisplayText.{(value.IsRepeated ? "AddList" : "Add")}(text, nameof({value.Property}), {value.Property});");
            }

            w.Line($"return {GeneratedCode.Internal}DisplayText.End(text);");
            w.Close();
        }

        private static void EmitEquality(SourceWriter w, GeneratorOptions options, string type, IReadOnlyList<ValueMapping> values)
        {
            w.Summary("True when every property is equal (lists item by item).");
            w.Open($"public bool Equals({options.Nullable(type)} other)");
            w.Line("return other is object" + string.Concat(values.Select(v => "\n                && " + EqualityOf(v))) + ";");
            w.Close();
            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Line($"public override bool Equals({options.Nullable("object")} obj) => Equals(obj as {type});");
            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Open("public override int GetHashCode()");
            w.Line("var hash = 17;");
            foreach (var value in values)
            {
                var hash = value.IsRepeated
                    ? $"{GeneratedCode.Internal}ValueEquality.SequenceHash({value.Property})"
                    : $"{GeneratedCode.Internal}ValueEquality.Hash({value.Property})";
                w.Line($"hash = unchecked((hash * 31) + {hash});");
            }

            w.Line("return hash;");
            w.Close();
        }

        private static string EqualityOf(ValueMapping value)
            => value.IsRepeated
                ? $"{GeneratedCode.Internal}ValueEquality.SequenceEqual({value.Property}, other.{value.Property})"
                : $"{GeneratedCode.Internal}ValueEquality.Equal({value.Property}, other.{value.Property})";
    }
}
