using System.Collections.Generic;
using System.Linq;
using ConversationHooks.Spec.Model;

namespace ConversationHooks.Generator.Emit
{
    /// <summary>
    /// Emits a response type (and the types of its nested objects): read from Twilio's snake_case
    /// JSON with <c>Utf8JsonReader</c>, written back with <c>Utf8JsonWriter</c>. Unknown JSON members
    /// are skipped; unknown filter, method and target names are kept.
    /// </summary>
    internal static class ResponseEmitter
    {
        public static IEnumerable<GeneratedFile> Emit(ResponseSpec response, string summary, ScopeSpec scope, GeneratorOptions options)
        {
            yield return EmitType(response.Name, summary, response.Fields, scope, options);
            foreach (var nested in Nested(response.Fields))
            {
                yield return EmitType(nested.TypeName!, $"The <c>{nested.Name}</c> object of {response.Name}.", nested.Fields, scope, options);
            }
        }

        /// <summary>The objects defined inside <paramref name="fields"/>: not a page's items, which are the scope's response.</summary>
        private static IEnumerable<ValueSpec> Nested(IEnumerable<ValueSpec> fields)
            => fields.Where(f => f.Type == ValueType.Object && f.Fields.Count > 0).SelectMany(f => new[] { f }.Concat(Nested(f.Fields)));

        private static GeneratedFile EmitType(string type, string summary, IEnumerable<ValueSpec> fields, ScopeSpec scope, GeneratorOptions options)
            => GeneratedCode.File(type, options, w =>
            {
                var values = fields.Select(f => new ValueMapping(f, scope, options)).ToList();
                RecordEmitter.Emit(w, options, type, summary, "global::ConversationHooks.IJsonContent", values, m =>
                {
                    EmitNames(m, values);
                    EmitFieldOf(m, values);
                    EmitRead(m, type, values, options);
                    EmitWrite(m, values);
                });
            });

        private static void EmitNames(SourceWriter w, List<ValueMapping> values)
        {
            // UTF-8 property names as spans over constant data: compared without allocating. In a class
            // of their own, so that no property name of the spec can collide with them.
            w.Open("private static class Utf8");
            foreach (var value in values)
            {
                var bytes = System.Text.Encoding.UTF8.GetBytes(value.WireName);
                w.Line($"public static global::System.ReadOnlySpan<byte> {value.Property} => new byte[] {{ {string.Join(", ", bytes)} }};");
            }

            w.Close();
            w.Line();
            w.Summary("The fields this type reads; any other JSON member is skipped.");
            w.Open("private enum Field");
            foreach (var value in values)
            {
                w.Line(value.Property + ",");
            }

            w.Close();
            w.Line();
        }

        private static void EmitRead(SourceWriter w, string type, List<ValueMapping> values, GeneratorOptions options)
        {
            w.Summary($"Reads a {type} from UTF-8 JSON.");
            w.Line("/// <exception cref=\"global::System.Text.Json.JsonException\">Malformed JSON, or a field of the wrong type; the message names the field.</exception>");
            w.Open($"public static {type} FromJson(global::System.ReadOnlySpan<byte> utf8Json)");
            w.Line($"var reader = new global::System.Text.Json.Utf8JsonReader(utf8Json, {GeneratedCode.Internal}JsonFields.ReaderOptions);");
            w.Line("reader.Read();");
            w.Line($"var value = ReadJson(ref reader) ?? throw new global::System.Text.Json.JsonException(\"Expected a JSON object for \" + nameof({type}) + \", found null.\");");
            w.Line($"{GeneratedCode.Internal}JsonFields.ReadEndOfInput(ref reader, nameof({type}));");
            w.Line("return value;");
            w.Close();
            w.Line();
            w.Summary($"Reads a {type} from JSON text.");
            w.Line("/// <exception cref=\"global::System.Text.Json.JsonException\">Malformed JSON, or a field of the wrong type; the message names the field.</exception>");
            w.Line($"public static {type} FromJson(string json) => {GeneratedCode.Internal}JsonFields.ParseText(json, s_fromUtf8);");
            w.Line();
            w.Line($"private static readonly {GeneratedCode.Internal}Utf8Converter<{type}> s_fromUtf8 = FromJson;");
            w.Line();
            w.Summary($"Reads a {type} (or null) from the value <paramref name=\"reader\"/> stands on.");
            w.Open($"public static {options.Nullable(type)} ReadJson(ref global::System.Text.Json.Utf8JsonReader reader)");
            w.Open("if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)");
            w.Line("return null;");
            w.Close();
            w.Line();
            w.Line($"{GeneratedCode.Internal}JsonFields.ReadStartObject(ref reader, nameof({type}));");
            foreach (var value in values)
            {
                w.Line($"{value.PropertyType} {value.Local} = default;");
            }

            w.Open("while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)");
            w.Line("var field = FieldOf(ref reader);");
            w.Line("reader.Read();");
            w.Open("switch (field)");
            foreach (var value in values)
            {
                w.Line($"case Field.{value.Property}: {value.Local} = {value.ReadJson()}; break;");
            }

            w.Line("default: reader.Skip(); break;");
            w.Close();
            w.Close();
            w.Line();
            w.Line($"return new {type}({string.Join(", ", values.Select(v => $"{v.Parameter}: {v.Local}"))});");
            w.Close();
            w.Line();
        }

        /// <summary>
        /// Which field a property name is: by length first, then one comparison of the UTF-8 bytes
        /// (the common, unescaped case); escaped names are compared the slow way.
        /// </summary>
        private static void EmitFieldOf(SourceWriter w, List<ValueMapping> values)
        {
            w.Summary("The field the property name <paramref name=\"reader\"/> stands on names; null for a member this type does not read.");
            w.Open("private static Field? FieldOf(ref global::System.Text.Json.Utf8JsonReader reader)");
            w.Open("if (reader.ValueIsEscaped || reader.HasValueSequence)");
            foreach (var value in values)
            {
                w.Line($"if (reader.ValueTextEquals(Utf8.{value.Property})) return Field.{value.Property};");
            }

            w.Line("return null;");
            w.Close();
            w.Line();
            w.Line("var name = reader.ValueSpan;");
            w.Open("switch (name.Length)");
            foreach (var group in values.GroupBy(v => System.Text.Encoding.UTF8.GetByteCount(v.WireName)).OrderBy(g => g.Key))
            {
                w.Line($"case {group.Key}:");
                foreach (var value in group)
                {
                    w.Line($"    if (global::System.MemoryExtensions.SequenceEqual(name, Utf8.{value.Property})) return Field.{value.Property};");
                }

                w.Line("    break;");
            }

            w.Close();
            w.Line();
            w.Line("return null;");
            w.Close();
            w.Line();
        }

        private static void EmitWrite(SourceWriter w, List<ValueMapping> values)
        {
            w.Summary("Writes this value as one JSON object, in Twilio's snake_case shape (unset fields as null).");
            w.Open("public void WriteJson(global::System.Text.Json.Utf8JsonWriter writer)");
            w.Line("writer.WriteStartObject();");
            foreach (var value in values)
            {
                w.Line(value.WriteJson());
            }

            w.Line("writer.WriteEndObject();");
            w.Close();
            w.Line();
            w.Summary("The JSON text of this value.");
            w.Line($"public string ToJson() => {GeneratedCode.Internal}JsonFields.ToJson(this);");
        }
    }
}
