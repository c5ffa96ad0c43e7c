using ConversationHooks.Spec;
using ConversationHooks.Spec.Model;

namespace ConversationHooks.Generator.Emit
{
    /// <summary>
    /// Emits <c>ConversationsWebhookProcessor</c>, the processor class style of the ASP.NET Core endpoint: one
    /// overridable <c>OnXxxAsync</c> per event, and the hooks' <c>UseProcessor</c> that maps every event to it. A
    /// processor is a second way to fill the same hooks, so it gets the same pipeline and guarantees as lambdas.
    /// </summary>
    internal static class ProcessorEmitter
    {
        public const string ProcessorTypeName = "ConversationsWebhookProcessor";

        private const string Delivery = "global::ConversationHooks.AspNetCore.WebhookDelivery";
        private const string CancellationToken = "global::System.Threading.CancellationToken";
        private const string Task = "global::System.Threading.Tasks.Task";

        public static GeneratedFile Emit(WebhookSpec spec, GeneratorOptions options)
            => GeneratedCode.File(ProcessorTypeName, options, w => EmitProcessor(w, spec, options));

        /// <summary>The hooks' <c>UseProcessor</c>: each event's handler takes the processor from the handler's scope.</summary>
        public static void EmitUseProcessor(SourceWriter w, WebhookSpec spec)
        {
            w.Line();
            w.Summary($"Maps every event to <typeparamref name=\"TProcessor\"/>'s <c>OnXxxAsync</c> method: a processor (registered with <c>AddConversationsWebhookProcessor</c>, scoped) is taken from each handler's own scope, with the delivery and the request's cancellation.");
            w.Line("/// <typeparam name=\"TProcessor\">The app's processor class.</typeparam>");
            w.Open($"public void UseProcessor<TProcessor>() where TProcessor : {ProcessorTypeName}");
            foreach (var filter in spec.Filters)
            {
                var method = MethodName(filter);
                w.Line($"{method.Substring(0, method.Length - "Async".Length)}<TProcessor, {Delivery}>((webhookEvent, processor, delivery, cancellationToken) => processor.{method}(webhookEvent, delivery, cancellationToken));");
            }

            w.Close();
        }

        private static void EmitProcessor(SourceWriter w, WebhookSpec spec, GeneratorOptions options)
        {
            w.Summary("A Conversations webhook endpoint as one class: override the <c>OnXxxAsync</c> method of each event you handle. Register it with <c>builder.Services.AddConversationsWebhookProcessor&lt;TProcessor&gt;()</c> (scoped: one instance per event, with your services injected) and map it with <c>app.MapConversationsWebhooks&lt;TProcessor&gt;(pattern)</c>; it runs in the same pipeline as handlers (signature, limits, duplicates, budget). A pre-action method returns the event's answer (by default the action goes ahead); a post-action one does nothing by default. Unit-test it by calling its methods.");
            w.Line(GeneratedCode.Attribute);
            w.Open($"{options.Accessibility} abstract partial class {ProcessorTypeName}");
            var first = true;
            foreach (var filter in spec.Filters)
            {
                if (!first)
                {
                    w.Line();
                }

                first = false;
                var eventType = EventNaming.EventTypeName(filter.Name);
                var isPre = filter.Phase == FilterPhase.Pre;
                var answer = EventNaming.AnswerTypeName(filter.Name);
                w.Summary(isPre
                    ? $"Handles <c>{filter.Name}</c> and answers it; by default the action goes ahead (<c>webhookEvent.Continue()</c>)."
                    : $"Handles <c>{filter.Name}</c> (a notification); by default does nothing.");
                w.Line("/// <param name=\"webhookEvent\">The event.</param>");
                w.Line("/// <param name=\"delivery\">Its idempotency token, retry count and headers.</param>");
                w.Line("/// <param name=\"cancellationToken\">Cancelled at the end of a pre-action event's budget, or when the client goes away.</param>");
                var parameters = $"({eventType} webhookEvent, {Delivery} delivery, {CancellationToken} cancellationToken)";
                w.Line(isPre
                    ? $"public virtual {Task}<{answer}> {MethodName(filter)}{parameters} => {Task}.FromResult(webhookEvent.Continue());"
                    : $"public virtual {Task} {MethodName(filter)}{parameters} => {Task}.CompletedTask;");
            }

            w.Close();
        }

        private static string MethodName(FilterSpec filter)
        {
            var eventType = EventNaming.EventTypeName(filter.Name);
            return "On" + eventType.Substring(0, eventType.Length - "Event".Length) + "Async";
        }
    }
}
