using System.Collections.Generic;
using System.Linq;
using ConversationHooks.Spec;
using ConversationHooks.Spec.Model;
using ValueType = ConversationHooks.Spec.Model.ValueType;

namespace ConversationHooks.Generator.Emit
{
    /// <summary>
    /// Emits <c>TwilioSdkInterop</c> for projects that reference the Twilio SDK 8.x: extension methods from
    /// each generated request to the SDK options type the spec names for each path of its operation
    /// (<c>twilioSdkOptions</c>), and from each SDK resource type the spec names for a scope
    /// (<c>twilioSdkResources</c>) to the scope's response. The SDK's members are found by Twilio's naming:
    /// an options constructor takes the path's placeholders in order, then the request's required
    /// parameters; every other parameter is the settable property of its name without dots
    /// (<c>Configuration.Url</c> -> <c>ConfigurationUrl</c>); a resource property is the PascalCase of its
    /// JSON field. The SDK types one value in several ways (a URL is a string in some options and a
    /// <c>Uri</c> in others; a method a string or a <c>StringEnum</c>), so the emitted code goes through
    /// small overloads and target-typed conversions that accept each.
    /// </summary>
    internal static class TwilioSdkInteropEmitter
    {
        public const string TypeName = "TwilioSdkInterop";

        private const string OptionsMethodName = "ToTwilioOptions";
        private const string Url = "TwilioSdkUrl";

        /// <returns>Null when the spec names no Twilio SDK type.</returns>
        public static GeneratedFile? Emit(WebhookSpec spec, GeneratorOptions options)
        {
            var requestConversions = RequestConversions(spec, options);
            var resourceConversions = spec.Scopes
                .Where(s => s.Response is not null)
                .SelectMany(s => s.TwilioSdkResources.Select(r => (Scope: s, Resource: r)))
                .ToList();
            if (requestConversions.Count == 0 && resourceConversions.Count == 0)
            {
                return null;
            }

            return GeneratedCode.File(TypeName, options, w =>
            {
                w.Line("/// <summary>");
                w.Line("/// Conversions between the generated webhook types and the Twilio SDK's, to mix both: a generated");
                w.Line($"/// request to the SDK's options (<c>request.{OptionsMethodName}(...)</c>, then the SDK's <c>Create</c>/<c>Update</c>),");
                w.Line("/// and the SDK's resource to the generated response (<c>resource.To...()</c>), unknown values kept.");
                w.Line("/// </summary>");
                w.Line(GeneratedCode.Attribute);
                w.Open($"{options.Accessibility} static partial class {TypeName}");
                foreach (var conversion in requestConversions)
                {
                    EmitRequestConversion(w, conversion, options);
                    w.Line();
                }

                foreach (var (scope, resource) in resourceConversions)
                {
                    EmitResourceConversion(w, scope, resource, options);
                    w.Line();
                }

                EmitHelpers(w, options);
                w.Close();
            });
        }

        /// <summary>One <c>ToTwilioOptions</c> method: a request at one path of its operation, to the SDK's type there.</summary>
        private sealed record RequestConversion(ClientCall Call, RequestSpec Request, string SdkType);

        private static List<RequestConversion> RequestConversions(WebhookSpec spec, GeneratorOptions options)
        {
            var conversions = new List<RequestConversion>();
            var signatures = new HashSet<string>();
            foreach (var scope in spec.Scopes)
            {
                foreach (var operation in scope.Operations.Where(o => o.TwilioSdkOptions.Count == o.Paths.Count))
                {
                    var request = scope.Requests.First(r => r.Name == operation.Request);
                    for (var i = 0; i < operation.Paths.Count; i++)
                    {
                        // Two paths with the same parameters would make two methods of one signature: the first is kept.
                        var call = ClientCall.Of(operation, operation.Paths[i], scope, spec, options);
                        if (call is not null && signatures.Add(request.Name + "(" + string.Join(",", call.Parameters.Select(p => p.Type)) + ")"))
                        {
                            conversions.Add(new RequestConversion(call, request, operation.TwilioSdkOptions[i]));
                        }
                    }
                }
            }

            return conversions;
        }

        private static void EmitRequestConversion(SourceWriter w, RequestConversion conversion, GeneratorOptions options)
        {
            var call = conversion.Call;
            var sdkType = SdkTypeName(conversion.SdkType);
            var values = conversion.Request.Parameters.Select(p => new SpecValue(p, new ValueMapping(p, call.Scope, options))).ToList();
            w.Summary($"The Twilio SDK's options for {call.Operation.HttpMethod} <c>{SourceWriter.EscapeXml(call.Path)}</c> with <paramref name=\"request\"/>'s values; what the request leaves out stays unset.");
            w.Line("/// <param name=\"request\">The request to send through the Twilio SDK.</param>");
            foreach (var parameter in call.Parameters)
            {
                w.Line($"/// <param name=\"{parameter.Name.TrimStart('@')}\">{parameter.Documentation}</param>");
            }

            w.Line($"/// <returns>A new <see cref=\"{sdkType}\"/>.</returns>");
            w.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"request\"/> is null.</exception>");
            if (call.Parameters.Count > 0)
            {
                w.Line("/// <exception cref=\"global::System.ArgumentException\">A value of the path is empty (a default SID).</exception>");
            }

            var parameters = string.Concat(call.Parameters.Select(p => $", {p.Type} {p.Name}"));
            w.Open($"public static {sdkType} {OptionsMethodName}(this global::{options.Namespace}.{conversion.Request.Name} request{parameters})");
            w.Line("if (request == null) throw new global::System.ArgumentNullException(nameof(request));");
            var arguments = call.Parameters
                .Select(p => $"PathValue({(p.SidKind is null ? p.Name : p.Name + ".Value")}, nameof({p.Name}))")
                .Concat(values.Where(v => v.Mapping.IsRequired).Select(v => ToSdk(v, "request." + v.Mapping.Property)));
            w.Line($"var options = new {sdkType}({string.Join(", ", arguments)});");
            foreach (var (spec, mapping) in values.Where(v => !v.Mapping.IsRequired).Select(v => (v.Spec, v.Mapping)))
            {
                var property = "request." + mapping.Property;
                w.Line($"if ({property} != null) options.{mapping.Property} = {ToSdk(new SpecValue(spec, mapping), spec.Repeated ? property : mapping.ValueOf(property))};");
            }

            w.Line("return options;");
            w.Close();
        }

        /// <summary>A generated request's value (not null) as the SDK's options take it.</summary>
        private static string ToSdk(SpecValue value, string expression)
            => value.Spec.Repeated
                ? $"WireTexts<{value.Mapping.ElementType}>({expression}, item => {ElementToSdk(value.Spec, "item")})"
                : ElementToSdk(value.Spec, expression);

        private static string ElementToSdk(ValueSpec value, string expression) => value.Type switch
        {
            ValueType.Filter or ValueType.Method or ValueType.Target => expression + ".WireName",
            ValueType.Sid => expression + ".Value",
            ValueType.Uri => $"new {Url}({expression})",
            _ => expression,
        };

        private static void EmitResourceConversion(SourceWriter w, ScopeSpec scope, TwilioSdkResourceSpec resource, GeneratorOptions options)
        {
            var response = scope.Response!;
            var sdkType = SdkTypeName(resource.Type);
            var generated = $"global::{options.Namespace}.{response.Name}";
            w.Summary($"The <see cref=\"{generated}\"/> that the Twilio SDK's <paramref name=\"resource\"/> holds; a filter, method or target the spec does not know is kept with its wire name.");
            w.Line("/// <param name=\"resource\">A resource the Twilio SDK read.</param>");
            w.Line($"/// <returns>A new <see cref=\"{generated}\"/>{AbsentDocs(resource)}.</returns>");
            w.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"resource\"/> is null.</exception>");
            w.Line("/// <exception cref=\"global::System.FormatException\">A SID in the resource is not a SID of its kind, or a nested object is not the JSON expected.</exception>");
            w.Open($"public static {generated} To{response.Name}(this {sdkType} resource)");
            w.Line("if (resource == null) throw new global::System.ArgumentNullException(nameof(resource));");
            var fields = response.Fields
                .Where(f => !resource.AbsentFields.Contains(f.Name))
                .Select(f => new SpecValue(f, new ValueMapping(f, scope, options)))
                .ToList();
            w.Line($"return new {generated}(");
            for (var i = 0; i < fields.Count; i++)
            {
                var field = fields[i].Mapping;
                w.Line($"    {field.Parameter}: {FromSdk(fields[i], "resource." + field.Property)}{(i < fields.Count - 1 ? "," : ");")}");
            }

            if (fields.Count == 0)
            {
                w.Line("    );");
            }

            w.Close();
        }

        private static string AbsentDocs(TwilioSdkResourceSpec resource)
            => resource.AbsentFields.Count == 0
                ? string.Empty
                : "; " + string.Join(", ", resource.AbsentFields.Select(f => $"<c>{SourceWriter.EscapeXml(f)}</c>")) + " stays null: this SDK type does not carry it";

        /// <summary>An SDK resource's property (string, Uri, StringEnum, list, number, date or JSON object) as the generated response holds it.</summary>
        private static string FromSdk(SpecValue value, string expression)
        {
            var type = value.Mapping.ElementType;
            if (value.Spec.Type == ValueType.Object)
            {
                return $"ParseJson<{type}>({expression}, {type}.FromJson)";
            }

            var parse = value.Spec.Type switch
            {
                ValueType.Filter or ValueType.Method or ValueType.Target => type + ".FromWireName",
                ValueType.Sid => type + ".Parse",
                _ => null,
            };
            if (value.Spec.Repeated)
            {
                return $"ParseAll<{type}>({expression}, {parse ?? "text => text"})";
            }

            return value.Spec.Type switch
            {
                ValueType.Int or ValueType.Bool => expression,
                ValueType.DateTime => $"Instant({expression})",
                _ => parse is null ? $"Text({expression})" : $"Parse<{type}>(Text({expression}), {parse})",
            };
        }

        /// <summary>A spec value with its C# mapping.</summary>
        private readonly record struct SpecValue(ValueSpec Spec, ValueMapping Mapping);

        private static string SdkTypeName(string metadataName) => "global::" + metadataName.Replace('+', '.');

        /// <summary>The private overloads the conversions call: one per shape the SDK gives a value.</summary>
        private static void EmitHelpers(SourceWriter w, GeneratorOptions options)
        {
            var text = options.Nullable("string");
            var obj = options.Nullable("object");
            var uri = options.Nullable("global::System.Uri");
            var list = "global::System.Collections.Generic.List<string>";
            var readOnlyList = "global::System.Collections.Generic.IReadOnlyList<T>";
            var nullableList = options.Nullable(readOnlyList);
            w.Open("private static string PathValue(string value, string parameterName)");
            w.Line("if (value == null) throw new global::System.ArgumentNullException(parameterName);");
            w.Line("if (value.Length == 0) throw new global::System.ArgumentException(\"The path needs a value; this one is empty (a default SID).\", parameterName);");
            w.Line("return value;");
            w.Close();
            w.Line();
            w.Open($"private static {list} WireTexts<T>({readOnlyList} values, global::System.Func<T, string> wireText)");
            w.Line($"var texts = new {list}(values.Count);");
            w.Line("foreach (var value in values) texts.Add(wireText(value));");
            w.Line("return texts;");
            w.Close();
            w.Line();
            w.Line($"private static {text} Text({text} value) => value;");
            w.Line();
            w.Line("// A Uri's OriginalString is the text Twilio sent; ToString() would unescape it.");
            w.Line($"private static {text} Text({uri} value) => value?.OriginalString;");
            w.Line();
            w.Line("// The SDK's MethodEnum, TargetEnum, ... (its StringEnums): ToString() is the wire value.");
            w.Line($"private static {text} Text({obj} value) => value?.ToString();");
            w.Line();
            w.Line("// The SDK reads dates as UTC DateTimes (Twilio writes them with Z).");
            w.Line("private static global::System.DateTimeOffset? Instant(global::System.DateTime? value)");
            w.Line("    => value.HasValue ? new global::System.DateTimeOffset(value.Value.ToUniversalTime()) : (global::System.DateTimeOffset?)null;");
            w.Line();
            w.Line($"private static T? Parse<T>({text} text, global::System.Func<string, T> parse) where T : struct");
            w.Line("    => text == null ? (T?)null : parse(text);");
            w.Line();
            w.Open($"private static {nullableList} ParseAll<T>({options.Nullable("global::System.Collections.Generic.IEnumerable<string>")} texts, global::System.Func<string, T> parse)");
            w.Line("if (texts == null) return null;");
            w.Line("var values = new global::System.Collections.Generic.List<T>();");
            w.Line("foreach (var text in texts) values.Add(parse(text));");
            w.Line("return values;");
            w.Close();
            w.Line();
            w.Line("// A nested object arrives as the SDK's JSON object (Newtonsoft's JObject); its text is the JSON.");
            w.Line($"private static {options.Nullable("T")} ParseJson<T>({obj} json, global::System.Func<string, T> parse) where T : class");
            w.Line($"    => json == null ? null : parse(json.ToString(){(options.NullableAnnotations ? "!" : string.Empty)});");
            w.Line();
            w.Line("/// <summary>A URL as the SDK's options take it: a string in some, a <see cref=\"global::System.Uri\"/> in others.</summary>");
            w.Open($"private readonly struct {Url}");
            w.Line("private readonly string _text;");
            w.Line();
            w.Line($"public {Url}(string text) => _text = text;");
            w.Line();
            w.Line($"public static implicit operator string({Url} url) => url._text;");
            w.Line();
            w.Line($"public static implicit operator global::System.Uri({Url} url) => new global::System.Uri(url._text, global::System.UriKind.RelativeOrAbsolute);");
            w.Close();
        }
    }
}
