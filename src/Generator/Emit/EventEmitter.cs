using System.Collections.Generic;
using System.Linq;
using ConversationHooks.Spec;
using ConversationHooks.Spec.Model;

namespace ConversationHooks.Generator.Emit
{
    /// <summary>
    /// Emits the webhook events: the abstract <c>WebhookEvent</c> (common parameters, the raw form,
    /// parsing that dispatches on <c>EventType</c>), <c>UnknownWebhookEvent</c>, and one sealed type
    /// per filter whose properties are the filter's payload parameters. An event reads its form in
    /// one pass: each name is looked up by length then by comparison, its value read into a slot.
    /// </summary>
    internal static class EventEmitter
    {
        private const string Cursor = "global::ConversationHooks.Internal.WebhookFormCursor";
        private const string Form = "global::ConversationHooks.WebhookForm";
        private const string Mode = "global::ConversationHooks.WebhookReadMode";
        private const string UnreadList = "global::System.Collections.Generic.IReadOnlyList<global::ConversationHooks.UnreadParameter>";
        private const string EditorBrowsableNever = "[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]";

        public static IEnumerable<GeneratedFile> Emit(WebhookSpec spec, GeneratorOptions options)
        {
            var common = spec.CommonParameters.Select(v => new EventValue(v, EventNaming.BaseTypeName, options)).ToList();
            yield return EmitBase(spec, common, options);
            yield return PayloadEnumEmitter.Emit(spec, options);
            yield return EventReaderEmitter.Emit(spec, options);
            foreach (var filter in spec.Filters)
            {
                yield return EmitEvent(filter, options);
                yield return EventBuilderEmitter.Emit(spec, filter, options);
                if (filter.Phase == FilterPhase.Pre)
                {
                    yield return AnswerEmitter.Emit(filter, options);
                }
            }

            yield return EventSamplesEmitter.Emit(spec, options);
            foreach (var file in EventJsonEmitter.Emit(spec, options))
            {
                yield return file;
            }
        }

        private static GeneratedFile EmitBase(WebhookSpec spec, IReadOnlyList<EventValue> common, GeneratorOptions options)
            => GeneratedCode.File(EventNaming.BaseTypeName, options, w =>
            {
                var type = EventNaming.BaseTypeName;
                w.Summary("A Twilio Conversations webhook request, typed: <c>switch</c> on the derived type (<c>MessageAddedEvent</c>, ...) to read its parameters. Every raw pair stays in <see cref=\"Form\"/>.");
                w.Line(GeneratedCode.Attribute);
                w.Line(EventJsonEmitter.EventConverterAttribute(type));
                w.Open($"{options.Accessibility} abstract partial class {type}");
                w.Line($"private protected {type}({Form} form, CommonParameters common, {UnreadList} unreadParameters)");
                w.Line("{");
                w.Line("    Form = form;");
                w.Line("    UnreadParameters = unreadParameters;");
                foreach (var value in common)
                {
                    w.Line($"    {value.Property} = common.{value.Argument};");
                }

                w.Line("}");
                w.Line();
                w.Summary("Every pair of the request, in order, repeated keys and parameters the spec does not know included.");
                w.Line($"public {Form} Form {{ get; }}");
                w.Line();
                w.Summary("The parameters whose values could not be read into their properties (those properties are null), and why; empty when every value was read. Their pairs are in <see cref=\"Form\"/> as they came.");
                w.Line($"public {UnreadList} UnreadParameters {{ get; }}");
                foreach (var value in common)
                {
                    w.Line();
                    w.Summary(value.Documentation);
                    w.Line($"public {value.PropertyType} {value.Property} {{ get; }}");
                }

                w.Line();
                w.Summary("The form body this event came in, character for character.");
                w.Line("public string ToFormBody() => Form.ToFormBody();");
                w.Line();
                // The event's type name, not an EventType property: a spec need not declare it among its common parameters.
                w.Summary("The event's type and the form body.");
                w.Line("public override string ToString() => GetType().Name + \": \" + Form.ToFormBody();");
                w.Line();
                EmitParse(w, spec, options);
                w.Line();
                EmitCommonParameters(w, common, options);
                w.Close();
                w.Line();
                EmitUnknown(w, options);
            });

        private static void EmitParse(SourceWriter w, WebhookSpec spec, GeneratorOptions options)
        {
            var type = EventNaming.BaseTypeName;
            var nullableEvent = options.Nullable(type);
            var nullableString = options.Nullable("string");
            var bang = options.NullableAnnotations ? "!" : string.Empty;
            const string Tolerant = Mode + ".Tolerant";
            const string Throws = "/// <exception cref=\"global::System.FormatException\">The event cannot be read (a malformed body, or a parameter that identifies the event missing or malformed; in <see cref=\"global::ConversationHooks.WebhookReadMode.Strict\"/> any value that cannot be read); the message names it.</exception>";
            const string ModeDoc = "/// <param name=\"mode\">Tolerant (the default): values that cannot be read are listed in <see cref=\"UnreadParameters\"/>; Strict: they fail the event.</param>";
            const string FormBodyDoc = "/// <param name=\"formBody\">The request's body, <c>application/x-www-form-urlencoded</c>.</param>";
            const string FormDoc = "/// <param name=\"form\">The request's pairs.</param>";
            const string EventDoc = "/// <param name=\"webhookEvent\">The event; null on failure.</param>";
            const string ErrorDoc = "/// <param name=\"error\">What is wrong, naming the parameter; null on success.</param>";
            w.Summary("Reads the event in a form body (a POST), as the type its <c>EventType</c> names; an <c>EventType</c> the spec does not know gives an <see cref=\"UnknownWebhookEvent\"/>. Only the parameters that identify the event are needed: a value that cannot be read leaves its property null and is listed in <see cref=\"UnreadParameters\"/>.");
            w.Line(Throws);
            w.Line($"public static {type} Parse(string formBody) => Parse(formBody, {Tolerant});");
            w.Line();
            w.Summary("Reads the event in a form body (a POST) in <paramref name=\"mode\"/>.");
            w.Line(FormBodyDoc);
            w.Line(ModeDoc);
            w.Line(Throws);
            w.Line($"public static {type} Parse(string formBody, {Mode} mode) => Parse({Form}.Parse(formBody ?? throw new global::System.ArgumentNullException(nameof(formBody))), mode);");
            w.Line();
            w.Summary("Reads the event in <paramref name=\"form\"/> (a form body, a query string or a framework's pairs, see <see cref=\"global::ConversationHooks.WebhookForm\"/>).");
            w.Line(Throws);
            w.Line($"public static {type} Parse({Form} form) => Parse(form, {Tolerant});");
            w.Line();
            w.Summary("Reads the event in <paramref name=\"form\"/> in <paramref name=\"mode\"/>.");
            w.Line(FormDoc);
            w.Line(ModeDoc);
            w.Line(Throws);
            w.Open($"public static {type} Parse({Form} form, {Mode} mode)");
            w.Line($"{nullableEvent} webhookEvent;");
            w.Line($"{nullableString} error;");
            w.Line($"return TryParse(form, mode, out webhookEvent, out error) ? webhookEvent{bang} : throw new global::System.FormatException(error);");
            w.Close();
            w.Line();
            w.Summary("Reads the event in a form body; false, with <paramref name=\"error\"/> naming the parameter, only when the event cannot be built (a malformed body, or a parameter that identifies it missing or malformed).");
            w.Line($"public static bool TryParse(string formBody, out {nullableEvent} webhookEvent, out {nullableString} error) => TryParse(formBody, {Tolerant}, out webhookEvent, out error);");
            w.Line();
            w.Summary("Reads the event in a form body in <paramref name=\"mode\"/>; on failure <paramref name=\"error\"/> says what is wrong and names the parameter.");
            w.Line(FormBodyDoc);
            w.Line(ModeDoc);
            w.Line(EventDoc);
            w.Line(ErrorDoc);
            w.Open($"public static bool TryParse(string formBody, {Mode} mode, out {nullableEvent} webhookEvent, out {nullableString} error)");
            w.Line($"{options.Nullable(Form)} form;");
            w.Open($"if (!{Form}.TryParse(formBody ?? throw new global::System.ArgumentNullException(nameof(formBody)), out form, out error))");
            w.Line("webhookEvent = null;");
            w.Line("return false;");
            w.Close();
            w.Line();
            w.Line($"return TryParse(form{bang}, mode, out webhookEvent, out error);");
            w.Close();
            w.Line();
            w.Summary("Reads the event in <paramref name=\"form\"/>; false, with <paramref name=\"error\"/> naming the parameter, only when the event cannot be built (a parameter that identifies it missing or malformed).");
            w.Line($"public static bool TryParse({Form} form, out {nullableEvent} webhookEvent, out {nullableString} error) => TryParse(form, {Tolerant}, out webhookEvent, out error);");
            w.Line();
            w.Summary("Reads the event in <paramref name=\"form\"/> in <paramref name=\"mode\"/>; on failure <paramref name=\"error\"/> says what is wrong and names the parameter.");
            w.Line(FormDoc);
            w.Line(ModeDoc);
            w.Line(EventDoc);
            w.Line(ErrorDoc);
            w.Open($"public static bool TryParse({Form} form, {Mode} mode, out {nullableEvent} webhookEvent, out {nullableString} error)");
            w.Open("if (form is null)");
            w.Line("throw new global::System.ArgumentNullException(nameof(form));");
            w.Close();
            w.Line();
            w.Line("webhookEvent = Read(form, mode, out error);");
            w.Line("return webhookEvent != null;");
            w.Close();
            w.Line();
            w.Open($"private static {nullableEvent} Read({Form} form, {Mode} mode, out {nullableString} error)");
            w.Line("global::System.ReadOnlySpan<char> eventType;");
            w.Line("WebhookFilter filter;");
            w.Open("if (!form.TryFindValue(\"EventType\", out eventType) || !WebhookFilterNames.TryParse(eventType, out filter))");
            w.Line($"return {EventNaming.UnknownTypeName}.TryRead(form, mode, out error);");
            w.Close();
            w.Line();
            w.Open("switch (filter)");
            foreach (var filter in spec.Filters)
            {
                w.Line($"case WebhookFilter.{Naming.MemberName(filter.Name)}: return {EventNaming.EventTypeName(filter.Name)}.TryRead(form, mode, out error);");
            }

            w.Line($"default: return {EventNaming.UnknownTypeName}.TryRead(form, mode, out error);");
            w.Close();
            w.Close();
        }

        /// <summary>The slots of the common parameters, read by every event as it walks its form.</summary>
        private static void EmitCommonParameters(SourceWriter w, IReadOnlyList<EventValue> common, GeneratorOptions options)
        {
            w.Summary("The parameters every event has, while they are read.");
            w.Line(EditorBrowsableNever);
            w.Open("internal struct CommonParameters");
            foreach (var value in common)
            {
                w.Line($"public {value.SlotType} {value.Local};");
            }

            w.Line();
            w.Summary("Reads the current pair when it is a common parameter; false when it is not one.");
            w.Open($"public bool TryRead(ref {Cursor} cursor)");
            w.Open("switch (ParameterOf(cursor.Name))");
            foreach (var value in common)
            {
                w.Line($"case Parameter.{value.Constant}: cursor.Read(ref {value.Local}); return true;");
            }

            w.Line("default: return false;");
            w.Close();
            w.Close();
            w.Line();
            w.Open($"public void Require(ref {Cursor} cursor, string eventTypeName)");
            foreach (var value in common.Where(v => v.IsRequired))
            {
                w.Line($"cursor.Require({value.IsSet}, {SourceWriter.Literal(value.WireName)}, eventTypeName);");
            }

            w.Close();
            w.Line();
            EmitLookup(w, common);
            w.Close();
        }

        private static void EmitUnknown(SourceWriter w, GeneratorOptions options)
        {
            var type = EventNaming.UnknownTypeName;
            w.Summary("An event whose <c>EventType</c> this spec does not know (a newer Twilio event): its common parameters, and every pair in <see cref=\"WebhookEvent.Form\"/>.");
            w.Line(GeneratedCode.Attribute);
            w.Line(EventJsonEmitter.EventConverterAttribute(type));
            w.Open($"{options.Accessibility} sealed partial class {type} : {EventNaming.BaseTypeName}");
            w.Line($"private {type}({Form} form, CommonParameters common, {UnreadList} unreadParameters) : base(form, common, unreadParameters) {{ }}");
            w.Line();
            w.Line(EditorBrowsableNever);
            w.Open($"internal static {options.Nullable(EventNaming.BaseTypeName)} TryRead({Form} form, {Mode} mode, out {options.Nullable("string")} error)");
            w.Line("var common = new CommonParameters();");
            w.Line("var cursor = form.GetCursor();");
            w.Open("while (cursor.MoveNext())");
            w.Line("common.TryRead(ref cursor);");
            w.Close();
            w.Line();
            w.Line($"common.Require(ref cursor, {SourceWriter.Literal(type)});");
            w.Line("error = cursor.ErrorIn(mode);");
            w.Line($"return error != null ? null : new {type}(form, common, cursor.UnreadParameters);");
            w.Close();
            w.Close();
        }

        private static GeneratedFile EmitEvent(FilterSpec filter, GeneratorOptions options)
        {
            var type = EventNaming.EventTypeName(filter.Name);
            var values = filter.Parameters.Select(v => new EventValue(v, type, options)).ToList();
            return GeneratedCode.File(type, options, w =>
            {
                var phase = filter.Phase == FilterPhase.Pre
                    ? $"pre-action: answer it with <see cref=\"{EventNaming.AnswerTypeName(filter.Name)}\"/>"
                    : "post-action: a notification, its answer is ignored";
                w.Summary($"<c>{filter.Name}</c> ({phase}). {SourceWriter.EscapeXml(filter.Description)}");
                w.Line(GeneratedCode.Attribute);
                w.Line(EventJsonEmitter.EventConverterAttribute(type));
                w.Open($"{options.Accessibility} sealed partial class {type} : {EventNaming.BaseTypeName}");
                var parameters = string.Concat(values.Select(v => $", {v.PropertyType} {v.Local}"));
                w.Open($"private {type}({Form} form, CommonParameters common, {UnreadList} unreadParameters{parameters}) : base(form, common, unreadParameters)");
                foreach (var value in values)
                {
                    w.Line($"{value.Property} = {value.Local};");
                }

                w.Close();
                foreach (var value in values)
                {
                    w.Line();
                    w.Summary(value.Documentation);
                    w.Line($"public {value.PropertyType} {value.Property} {{ get; }}");
                }

                if (filter.Phase == FilterPhase.Pre)
                {
                    w.Line();
                    EmitAnswers(w, filter);
                }

                w.Line();
                EmitTryRead(w, type, values, options);
                if (values.Count > 0)
                {
                    w.Line();
                    EmitLookup(w, values);
                }

                w.Close();
            });
        }

        /// <summary>A pre-action event's shortcuts to its answer: <c>e.Continue()</c>, <c>e.Reject()</c>, as a handler writes them.</summary>
        private static void EmitAnswers(SourceWriter w, FilterSpec filter)
        {
            var answer = EventNaming.AnswerTypeName(filter.Name);
            w.Summary($"Go ahead unchanged: <see cref=\"{answer}.Continue\"/>.");
            w.Line($"public {answer} Continue() => {answer}.Continue;");
            w.Line();
            w.Summary($"Reject the action: 403 (<see cref=\"{answer}.Reject()\"/>).");
            w.Line($"public {answer} Reject() => {answer}.Reject();");
            w.Line();
            w.Summary($"Reject the action with <paramref name=\"statusCode\"/> (<see cref=\"{answer}.Reject(int)\"/>).");
            w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">Not a 4xx or 5xx status.</exception>");
            w.Line($"public {answer} Reject(int statusCode) => {answer}.Reject(statusCode);");
        }

        private static void EmitTryRead(SourceWriter w, string type, IReadOnlyList<EventValue> values, GeneratorOptions options)
        {
            w.Line(EditorBrowsableNever);
            w.Open($"internal static {options.Nullable(EventNaming.BaseTypeName)} TryRead({Form} form, {Mode} mode, out {options.Nullable("string")} error)");
            w.Line("var common = new CommonParameters();");
            foreach (var value in values)
            {
                w.Line($"{value.SlotType} {value.Local} = null;");
            }

            w.Line("var cursor = form.GetCursor();");
            w.Open("while (cursor.MoveNext())");
            w.Open("if (common.TryRead(ref cursor))");
            w.Line("continue;");
            w.Close();
            if (values.Count > 0)
            {
                w.Line();
                w.Open("switch (ParameterOf(cursor.Name))");
                foreach (var value in values)
                {
                    w.Line($"case Parameter.{value.Constant}: cursor.Read(ref {value.Local}); break;");
                }

                w.Close();
            }

            w.Close();
            w.Line();
            var literal = SourceWriter.Literal(type);
            w.Line($"common.Require(ref cursor, {literal});");
            foreach (var value in values.Where(v => v.IsRequired))
            {
                w.Line($"cursor.Require({value.IsSet}, {SourceWriter.Literal(value.WireName)}, {literal});");
            }

            w.Line("error = cursor.ErrorIn(mode);");
            var arguments = string.Concat(values.Select(v => ", " + v.Argument));
            w.Line($"return error != null ? null : new {type}(form, common, cursor.UnreadParameters{arguments});");
            w.Close();
        }

        /// <summary>
        /// <c>Parameter</c>, a named constant per parameter, and <c>ParameterOf</c>, which finds it from a
        /// name by its length, then by comparing the few names of that length.
        /// </summary>
        private static void EmitLookup(SourceWriter w, IReadOnlyList<EventValue> values)
        {
            w.Open("private static class Parameter");
            w.Line("public const int None = 0;");
            for (var i = 0; i < values.Count; i++)
            {
                w.Line($"public const int {values[i].Constant} = {i + 1};");
            }

            w.Close();
            w.Line();
            w.Open("private static int ParameterOf(global::System.ReadOnlySpan<char> name)");
            if (values.Count == 0)
            {
                w.Line("return Parameter.None;");
                w.Close();
                return;
            }

            w.Open("switch (name.Length)");
            foreach (var group in values.GroupBy(v => v.WireName.Length).OrderBy(g => g.Key))
            {
                w.Line($"case {group.Key}:");
                foreach (var value in group)
                {
                    w.Line($"    if (global::System.MemoryExtensions.SequenceEqual(name, global::System.MemoryExtensions.AsSpan({SourceWriter.Literal(value.WireName)}))) return Parameter.{value.Constant};");
                }

                w.Line("    break;");
            }

            w.Close();
            w.Line();
            w.Line("return Parameter.None;");
            w.Close();
        }
    }
}
