using System.Collections.Generic;
using System.Linq;
using ConversationHooks.Spec;
using ConversationHooks.Spec.Model;
using ValueType = ConversationHooks.Spec.Model.ValueType;

namespace ConversationHooks.Generator.Emit
{
    /// <summary>
    /// Emits System.Text.Json support for the events, answers and SIDs: <c>WebhookEventJsonConverter&lt;TEvent&gt;</c>
    /// (an event as one JSON object of its form's pairs, read back as the type its <c>EventType</c> names) and
    /// <c>ConversationHooksJson</c>, a serializer context written out by hand: the STJ source generator does not
    /// see another generator's types, so it cannot make one for them.
    /// </summary>
    internal static class EventJsonEmitter
    {
        private const string Stj = "global::System.Text.Json.";
        private const string Metadata = Stj + "Serialization.Metadata.";
        private const string FormValueJson = GeneratedCode.Internal + "FormValueJson";
        private const string EditorBrowsableNever = "[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]";

        /// <summary>The attribute that makes System.Text.Json write an event through its converter.</summary>
        public static string EventConverterAttribute(string eventType)
            => $"[{Stj}Serialization.JsonConverter(typeof({EventNaming.JsonConverterTypeName}<{eventType}>))]";

        public static IEnumerable<GeneratedFile> Emit(WebhookSpec spec, GeneratorOptions options)
        {
            yield return EmitConverter(spec, options);
            yield return EmitContext(spec, options);
        }

        private static GeneratedFile EmitConverter(WebhookSpec spec, GeneratorOptions options)
            => GeneratedCode.File(EventNaming.JsonConverterTypeName, options, w =>
            {
                var type = EventNaming.JsonConverterTypeName;
                var baseType = EventNaming.BaseTypeName;
                w.Summary($"Writes an event as one JSON object of its request's pairs (named as on the wire, typed where the spec says so, unknown parameters kept), and reads one back as the event its <c>EventType</c> names: <c>{type}&lt;{baseType}&gt;</c> reads any event.");
                w.Line(GeneratedCode.Attribute);
                w.Line(EditorBrowsableNever);
                w.Open($"{options.Accessibility} sealed class {type}<TEvent> : {Stj}Serialization.JsonConverter<TEvent> where TEvent : {baseType}");
                w.Line($"private static readonly global::System.Func<string, {FormValueJson}> KindOf = JsonKindOf;");
                w.Line();
                w.Line("/// <inheritdoc/>");
                w.Open($"public override TEvent Read(ref {Stj}Utf8JsonReader reader, global::System.Type typeToConvert, {Stj}JsonSerializerOptions options)");
                w.Line($"var form = {GeneratedCode.Internal}WebhookFormJson.Read(ref reader, KindOf, typeof(TEvent).Name);");
                w.Line($"{options.Nullable(baseType)} webhookEvent;");
                w.Line($"{options.Nullable("string")} error;");
                w.Open($"if (!{baseType}.TryParse(form, out webhookEvent, out error))");
                w.Line($"throw new {Stj}JsonException(error);");
                w.Close();
                w.Line();
                w.Line($"var typed = webhookEvent as TEvent;");
                w.Open("if (typed == null)");
                w.Line($"throw new {Stj}JsonException(\"Expected \" + typeof(TEvent).Name + \", but the JSON's EventType makes it \" + webhookEvent{(options.NullableAnnotations ? "!" : string.Empty)}.GetType().Name + \".\");");
                w.Close();
                w.Line();
                w.Line("return typed;");
                w.Close();
                w.Line();
                w.Line("/// <inheritdoc/>");
                w.Line($"public override void Write({Stj}Utf8JsonWriter writer, TEvent value, {Stj}JsonSerializerOptions options) => {GeneratedCode.Internal}WebhookFormJson.Write(writer, value.Form, KindOf);");
                w.Line();
                EmitKinds(w, spec);
                w.Close();
            });

        /// <summary>What each parameter's text is, over every event (one table: the JSON is read before its <c>EventType</c> is known).</summary>
        private static void EmitKinds(SourceWriter w, WebhookSpec spec)
        {
            var kinds = spec.CommonParameters.Concat(spec.Filters.SelectMany(f => f.Parameters))
                .GroupBy(v => v.Name)
                .Select(g => (Name: g.Key, Kind: g.Select(KindOf).Max()))
                .Where(p => p.Kind != JsonKind.String)
                .OrderBy(p => p.Kind).ThenBy(p => p.Name, System.StringComparer.Ordinal)
                .ToList();
            w.Summary("How a parameter's text is written: a number, a boolean or JSON where the spec says so; a string otherwise.");
            w.Open($"private static {FormValueJson} JsonKindOf(string name)");
            w.Open("switch (name)");
            foreach (var group in kinds.GroupBy(p => p.Kind))
            {
                foreach (var (name, _) in group)
                {
                    w.Line($"case {SourceWriter.Literal(name)}:");
                }

                w.Line($"    return {FormValueJson}.{group.Key};");
            }

            w.Line("default:");
            w.Line($"    return {FormValueJson}.String;");
            w.Close();
            w.Close();
        }

        /// <summary>The kinds in the order a conflict between events resolves (JSON wins: it decides how an array reads).</summary>
        private enum JsonKind
        {
            String,
            Number,
            Boolean,
            Json,
        }

        private static JsonKind KindOf(ValueSpec value) => value.Repeated ? JsonKind.String : value.Type switch
        {
            ValueType.Int => JsonKind.Number,
            ValueType.Bool => JsonKind.Boolean,
            ValueType.Json or ValueType.Media => JsonKind.Json,
            _ => JsonKind.String,
        };

        private static GeneratedFile EmitContext(WebhookSpec spec, GeneratorOptions options)
            => GeneratedCode.File(EventNaming.JsonContextTypeName, options, w =>
            {
                var type = EventNaming.JsonContextTypeName;
                var ns = "global::" + options.Namespace + ".";
                var entries = new List<(string Type, string Converter)>
                {
                    (EventNaming.BaseTypeName, $"new {EventNaming.JsonConverterTypeName}<{ns}{EventNaming.BaseTypeName}>()"),
                    (EventNaming.UnknownTypeName, $"new {EventNaming.JsonConverterTypeName}<{ns}{EventNaming.UnknownTypeName}>()"),
                };
                foreach (var filter in spec.Filters)
                {
                    var eventType = EventNaming.EventTypeName(filter.Name);
                    entries.Add((eventType, $"new {EventNaming.JsonConverterTypeName}<{ns}{eventType}>()"));
                    if (filter.Phase == FilterPhase.Pre)
                    {
                        var answer = EventNaming.AnswerTypeName(filter.Name);
                        entries.Add((answer, $"new {ns}{answer}.{AnswerEmitter.JsonConverterName}()"));
                    }
                }

                foreach (var kind in spec.SidKinds)
                {
                    var sid = Naming.SidTypeName(kind.Name);
                    entries.Add((sid, $"new {ns}{sid}.{SidEmitter.JsonConverterName}()"));
                }

                var nullableInfo = options.Nullable(Metadata + "JsonTypeInfo");
                w.Summary("System.Text.Json metadata for the events, answers and SIDs, trimming- and native-AOT-safe: <c>JsonSerializer.Serialize(e, ConversationHooksJson.Default.MessageAddedEvent)</c>, <c>JsonSerializer.Deserialize(json, ConversationHooksJson.Default.WebhookEvent)</c> (any event, as the type its <c>EventType</c> names), or combined with your own context (<c>JsonTypeInfoResolver.Combine</c>).");
                w.Line(GeneratedCode.Attribute);
                w.Open($"{options.Accessibility} sealed partial class {type} : {Stj}Serialization.JsonSerializerContext, {Metadata}IJsonTypeInfoResolver");
                w.Summary("The context over default options.");
                w.Line($"public static {type} Default {{ get; }} = new {type}(new {Stj}JsonSerializerOptions());");
                w.Line();
                w.Summary("A context of its own options (made read-only once it serves them).");
                w.Line($"public {type}() : base(null) {{ }}");
                w.Line();
                w.Summary("A context bound to <paramref name=\"options\"/> (they become read-only once it serves them).");
                w.Line($"public {type}({Stj}JsonSerializerOptions options) : base(options) {{ }}");
                w.Line();
                w.Line("/// <inheritdoc/>");
                w.Line($"protected override {options.Nullable(Stj + "JsonSerializerOptions")} GeneratedSerializerOptions => null;");
                foreach (var (entry, _) in entries)
                {
                    w.Line();
                    w.Summary($"The metadata of <see cref=\"{ns}{entry}\"/>.");
                    w.Line($"public {Metadata}JsonTypeInfo<{ns}{entry}> {entry} => ({Metadata}JsonTypeInfo<{ns}{entry}>)Options.GetTypeInfo(typeof({ns}{entry}));");
                }

                w.Line();
                w.Line("/// <inheritdoc/>");
                w.Open($"public override {nullableInfo} GetTypeInfo(global::System.Type type)");
                w.Line($"{nullableInfo} info;");
                w.Line("Options.TryGetTypeInfo(type, out info);");
                w.Line("return info;");
                w.Close();
                w.Line();
                w.Open($"{nullableInfo} {Metadata}IJsonTypeInfoResolver.GetTypeInfo(global::System.Type type, {Stj}JsonSerializerOptions options)");
                foreach (var (entry, converter) in entries)
                {
                    w.Line($"if (type == typeof({ns}{entry})) return Create(options, {converter});");
                }

                w.Line("return null;");
                w.Close();
                w.Line();
                w.Open($"private {Metadata}JsonTypeInfo<T> Create<T>({Stj}JsonSerializerOptions options, {Stj}Serialization.JsonConverter<T> converter)");
                w.Line($"var info = {Metadata}JsonMetadataServices.CreateValueInfo<T>(options, converter);");
                w.Line("info.OriginatingResolver = this;");
                w.Line("return info;");
                w.Close();
                w.Close();
            });
    }
}
