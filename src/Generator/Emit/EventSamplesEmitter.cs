using ConversationHooks.Spec;
using ConversationHooks.Spec.Model;

namespace ConversationHooks.Generator.Emit
{
    /// <summary>
    /// Emits <c>WebhookEventSamples</c>: the sample request of any event by its filter, from its builder, for code
    /// that chooses the event at run time (a tool's <c>send onMessageAdded</c>, a test over every event).
    /// </summary>
    internal static class EventSamplesEmitter
    {
        private const string Form = "global::ConversationHooks.WebhookForm";

        public static GeneratedFile Emit(WebhookSpec spec, GeneratorOptions options)
            => GeneratedCode.File(EventNaming.SamplesTypeName, options, w =>
            {
                w.Summary("The sample request of each event, as its builder makes it (<c>new MessageAddedEventBuilder().ToForm()</c>), chosen by filter.");
                w.Line(GeneratedCode.Attribute);
                w.Open($"{options.Accessibility} static partial class {EventNaming.SamplesTypeName}");
                w.Summary("A new sample request of <paramref name=\"filter\"/>'s event: new SIDs, the current time.");
                w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">Not one of the spec's filters.</exception>");
                w.Open($"public static {Form} Form(WebhookFilter filter)");
                w.Open("switch (filter)");
                foreach (var filter in spec.Filters)
                {
                    w.Line($"case WebhookFilter.{Naming.MemberName(filter.Name)}: return new {EventNaming.BuilderTypeName(filter.Name)}().ToForm();");
                }

                w.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(filter), filter, \"Not a filter of this spec.\");");
                w.Close();
                w.Close();
                w.Close();
            });
    }
}
