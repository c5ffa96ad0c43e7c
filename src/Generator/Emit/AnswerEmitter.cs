using System.Linq;
using ConversationHooks.Spec;
using ConversationHooks.Spec.Model;

namespace ConversationHooks.Generator.Emit
{
    /// <summary>
    /// Emits the answer type of one pre-action event (<c>MessageAddAnswer</c>): continue, reject, and,
    /// when the spec lists fields the event may change, <c>Change</c> taking exactly those. Post-action
    /// events get no answer type, so code that answers one does not compile.
    /// </summary>
    internal static class AnswerEmitter
    {
        private const string Response = "global::ConversationHooks.WebhookResponse";

        /// <summary>The nested converter that writes an answer as JSON in the domain's words (<c>ConversationHooksJson</c> names it too).</summary>
        public const string JsonConverterName = "AnswerJsonConverter";

        public static GeneratedFile Emit(FilterSpec filter, GeneratorOptions options)
        {
            var type = EventNaming.AnswerTypeName(filter.Name);
            return GeneratedCode.File(type, options, w =>
            {
                var changes = filter.Answer.Count == 0
                    ? "Twilio lets this event change nothing"
                    : "or change " + string.Join(", ", filter.Answer.Select(f => $"<c>{f.Name}</c>")) + " (Twilio lets this event change nothing else)";
                w.Summary($"The answer to <c>{filter.Name}</c> (<see cref=\"{EventNaming.EventTypeName(filter.Name)}\"/>): go ahead unchanged, reject it, {changes}. Send <see cref=\"Response\"/>.");
                w.Line(GeneratedCode.Attribute);
                w.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({type}.{JsonConverterName}))]");
                w.Open($"{options.Accessibility} sealed partial class {type}");
                w.Line($"private {type}({Response} response) => Response = response;");
                w.Line();
                w.Summary("The HTTP status, content type and body to send back to Twilio.");
                w.Line($"public {Response} Response {{ get; }}");
                w.Line();
                w.Summary("Go ahead unchanged: 200 with no body.");
                w.Line($"public static {type} Continue {{ get; }} = new {type}({Response}.Continue);");
                w.Line();
                w.Summary("Reject the action: 403.");
                w.Line($"public static {type} Reject() => new {type}({Response}.Reject(403));");
                w.Line();
                w.Summary("Reject the action with <paramref name=\"statusCode\"/>.");
                w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">Not a 4xx or 5xx status.</exception>");
                w.Line($"public static {type} Reject(int statusCode) => new {type}({Response}.Reject(statusCode));");
                if (filter.Answer.Count > 0)
                {
                    w.Line();
                    EmitChange(w, filter, type, options);
                }

                w.Line();
                w.Summary("The response's status, content type and body.");
                w.Line("public override string ToString() => Response.ToString();");
                w.Line();
                EmitJsonConverter(w, filter, type);
                w.Close();
            });
        }

        private static void EmitChange(SourceWriter w, FilterSpec filter, string type, GeneratorOptions options)
        {
            var fields = filter.Answer.Select(f => (Field: f, Parameter: GeneratedCode.CamelCaseIdentifier(Naming.PropertyName(f.Name)))).ToList();
            w.Summary("Go ahead with these fields changed (200 with a JSON body); a field left null stays as it is.");
            foreach (var (field, parameter) in fields)
            {
                var what = field.Type == AnswerFieldType.Json ? "JSON text, sent as a string" : "the new text";
                w.Line($"/// <param name=\"{parameter.TrimStart('@')}\"><c>{field.Name}</c>: {what}.</param>");
            }

            if (fields.Any(f => f.Field.Type == AnswerFieldType.Json))
            {
                w.Line("/// <exception cref=\"global::System.ArgumentException\">A JSON field that is not well-formed JSON.</exception>");
            }

            var parameters = string.Join(", ", fields.Select(f => $"{options.Nullable("string")} {f.Parameter} = null"));
            w.Open($"public static {type} Change({parameters})");
            w.Line($"var fields = new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>>({fields.Count});");
            foreach (var (field, parameter) in fields)
            {
                var value = field.Type == AnswerFieldType.Json
                    ? $"{Response}.RequireJson({parameter}, nameof({parameter}))"
                    : parameter;
                w.Line($"if ({parameter} != null) fields.Add(new global::System.Collections.Generic.KeyValuePair<string, string>({SourceWriter.Literal(field.Name)}, {value}));");
            }

            w.Line($"return new {type}({Response}.Change(fields));");
            w.Close();
        }
    
        /// <summary><c>{"action":"continue"}</c>, <c>{"action":"reject","statusCode":403}</c>, <c>{"action":"change","fields":{…}}</c>; reading refuses a field the event may not change.</summary>
        private static void EmitJsonConverter(SourceWriter w, FilterSpec filter, string type)
        {
            const string Stj = "global::System.Text.Json.";
            w.Summary("Writes the answer as JSON in the domain's words (<c>{\"action\":\"change\",\"fields\":{…}}</c>) and reads it back.");
            w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            w.Open($"internal sealed class {JsonConverterName} : {Stj}Serialization.JsonConverter<{type}>");
            var fields = string.Join(", ", filter.Answer.Select(f => SourceWriter.Literal(f.Name)));
            w.Line($"private static readonly string[] Fields = new string[] {{ {fields} }};");
            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Line($"public override {type} Read(ref {Stj}Utf8JsonReader reader, global::System.Type typeToConvert, {Stj}JsonSerializerOptions options) => new {type}({GeneratedCode.Internal}WebhookAnswerJson.Read(ref reader, Fields, {SourceWriter.Literal(type)}));");
            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Line($"public override void Write({Stj}Utf8JsonWriter writer, {type} value, {Stj}JsonSerializerOptions options) => {GeneratedCode.Internal}WebhookAnswerJson.Write(writer, value.Response);");
            w.Close();
        }
    }
}
