using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConversationHooks.Spec;
using ConversationHooks.Spec.Model;
using ValueType = ConversationHooks.Spec.Model.ValueType;

namespace ConversationHooks.Generator.Emit
{
    /// <summary>
    /// Emits one builder per event (<c>MessageAddedEventBuilder</c>): a sample request for tests and tools,
    /// shaped as Twilio sends it. Every parameter is a settable, nullable property (null leaves it out of the
    /// request); a new builder holds the spec's <c>example</c>s, new SIDs (its own for each parameter) and the
    /// current time. <c>ToForm()</c> writes the request; <c>Build()</c> reads it back as the event, through
    /// the same parser a real request takes.
    /// </summary>
    internal static class EventBuilderEmitter
    {
        private const string Runtime = "global::ConversationHooks.";
        private const string Samples = Runtime + "Internal.SampleValues";
        private const string Pairs = "global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>>";

        public static GeneratedFile Emit(WebhookSpec spec, FilterSpec filter, GeneratorOptions options)
        {
            var eventType = EventNaming.EventTypeName(filter.Name);
            var type = EventNaming.BuilderTypeName(filter.Name);
            var prefixes = spec.SidKinds.ToDictionary(k => k.Name, k => k.Prefix);
            var common = spec.CommonParameters.Select(v => new EventValue(v, EventNaming.BaseTypeName, options));
            var all = common.Concat(filter.Parameters.Select(v => new EventValue(v, eventType, options))).ToList();

            // The event type is the builder's own (EventType): written, never set.
            var values = all.Where(v => v.Spec.Type != ValueType.Filter).ToList();
            return GeneratedCode.File(type, options, w =>
            {
                w.Summary($"Builds <see cref=\"{eventType}\"/> samples (<c>{filter.Name}</c>) for tests and tools: set what a test cares about, leave the rest as Twilio would send it, or set a parameter to null to leave it out.");
                w.Line(GeneratedCode.Attribute);
                w.Open($"{options.Accessibility} sealed partial class {type}");
                EmitConstructor(w, type, values, prefixes);
                foreach (var value in values)
                {
                    w.Line();
                    w.Summary(value.Documentation);
                    w.Line($"public {value.NullableType} {value.Property} {{ get; set; }}");
                }

                w.Line();
                EmitToForm(w, filter, all);
                w.Line();
                w.Summary("The request as a form body, as Twilio posts it.");
                w.Line("public string ToFormBody() => ToForm().ToFormBody();");
                w.Line();
                w.Summary($"The request read as the event, by the parser every request takes (<see cref=\"global::ConversationHooks.WebhookReadMode.Strict\"/>: a value set here that Twilio could not send fails).");
                w.Line($"/// <exception cref=\"global::System.FormatException\">A parameter that identifies the event is null, or a value cannot be read; the message names it.</exception>");
                w.Line($"public {eventType} Build() => ({eventType}){EventNaming.BaseTypeName}.Parse(ToForm(), {Runtime}WebhookReadMode.Strict);");
                w.Line();
                w.Summary("The request as Twilio posts it to <paramref name=\"url\"/>, signed: its body and headers for an integration test (<c>ToHttpRequestMessage()</c>).");
                w.Line("/// <param name=\"url\">The receiver's URL, as it rebuilds it to check the signature.</param>");
                w.Line("/// <param name=\"signer\">The signer of the receiver's auth token.</param>");
                w.Line($"public {Runtime}SignedWebhookRequest Sign(string url, {Runtime}TwilioRequestSigner signer) => {Runtime}SignedWebhookRequest.Post(url, ToForm(), signer);");
                w.Close();
            });
        }

        private static void EmitConstructor(SourceWriter w, string type, IReadOnlyList<EventValue> values, IReadOnlyDictionary<string, string?> prefixes)
        {
            w.Summary("A sample as Twilio sends it: the spec's examples, a new SID for each SID it carries, and the current time (to the millisecond) for its dates.");
            w.Open($"public {type}()");
            if (values.Any(v => v.Spec.Type == ValueType.DateTime && v.Example is not null))
            {
                w.Line($"var now = {Samples}.Now();");
            }

            foreach (var value in values.Where(v => v.Example is not null || v.IsRequired))
            {
                w.Line($"{value.Property} = {DefaultOf(value, prefixes)};");
            }

            w.Close();
        }

        /// <summary>The sample's value, as a C# expression of the property's type.</summary>
        private static string DefaultOf(EventValue value, IReadOnlyDictionary<string, string?> prefixes)
        {
            var spec = value.Spec;
            var example = value.Example;
            var literal = example is null ? null : SourceWriter.Literal(example);
            return spec.Type switch
            {
                ValueType.Sid => $"{value.ElementType}.Parse({Samples}.NewSid({SourceWriter.Literal(example?.Substring(0, 2) ?? prefixes[spec.SidKind!] ?? "SM")}))",
                ValueType.DateTime => "now",
                ValueType.Int => int.Parse(example!, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
                ValueType.Bool => example!,
                ValueType.Json => $"{Runtime}JsonText.Parse({literal})",
                ValueType.Media => $"{Runtime}MediaItem.ParseList({literal})",
                ValueType.Enum => $"{value.ElementType}.FromWireName({literal})",
                _ when spec.Repeated => $"new string[] {{ {literal} }}",
                _ => literal!,
            };
        }

        private static void EmitToForm(SourceWriter w, FilterSpec filter, IReadOnlyList<EventValue> values)
        {
            w.Summary("The request's pairs, in the spec's order: the common parameters, then the event's own; the properties that are null are left out.");
            w.Open($"public {Runtime}WebhookForm ToForm()");
            w.Line($"var pairs = new {Pairs}();");
            foreach (var value in values)
            {
                if (value.Spec.Type == ValueType.Filter)
                {
                    w.Line($"Add(pairs, {SourceWriter.Literal(value.WireName)}, {SourceWriter.Literal(filter.Name)});");
                }
                else
                {
                    EmitAdd(w, value);
                }
            }

            w.Line($"return {Runtime}WebhookForm.FromPairs(pairs);");
            w.Close();
            w.Line();
            w.Line($"private static void Add({Pairs} pairs, string name, string value) => pairs.Add(new global::System.Collections.Generic.KeyValuePair<string, string>(name, value));");
        }

        private static void EmitAdd(SourceWriter w, EventValue value)
        {
            var property = value.Property;
            var wire = SourceWriter.Literal(value.WireName);
            if (value.Spec.Repeated)
            {
                w.Open($"if ({property} != null)");
                w.Open($"foreach (var item in {property})");
                w.Line($"Add(pairs, {wire}, item);");
                w.Close();
                w.Close();
                return;
            }

            var text = value.Spec.Type switch
            {
                ValueType.Sid => $"{property}.Value.Value",
                ValueType.Enum => $"{property}.Value.WireName",
                ValueType.Json => $"{property}.Value.Text",
                ValueType.Int => $"{Samples}.Int({property}.Value)",
                ValueType.Bool => $"{Samples}.Bool({property}.Value)",
                ValueType.DateTime => $"{Samples}.Date({property}.Value)",
                ValueType.Media => $"{Samples}.Media({property})",
                _ => property,
            };
            w.Open($"if ({property} != null)");
            w.Line($"Add(pairs, {wire}, {text});");
            w.Close();
        }
    }
}
