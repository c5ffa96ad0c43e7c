using System.Collections.Generic;
using System.Linq;
using ConversationHooks.Spec;
using ConversationHooks.Spec.Model;

namespace ConversationHooks.Generator.Emit
{
    /// <summary>
    /// Emits the typed part of the ASP.NET Core endpoint, only for projects that reference
    /// ConversationHooks.AspNetCore (the event types live in the user's compilation, so the methods that
    /// name them must be generated there too): <c>ConversationsWebhookHooks</c> with one <c>OnXxx</c> per
    /// event in every handler shape, and <c>MapConversationsWebhooks</c>. Each method is one line that hands
    /// the handler to the library's generic, reflection-free plumbing.
    /// </summary>
    internal static class EndpointEmitter
    {
        public const string HooksTypeName = "ConversationsWebhookHooks";

        private const string Library = "global::ConversationHooks.AspNetCore.";
        private const string CancellationToken = "global::System.Threading.CancellationToken";
        private const string Task = "global::System.Threading.Tasks.Task";

        private const string Delivery = Library + "WebhookDelivery";

        /// <summary>
        /// What a handler may take after the event: none to three services, each with or without the request's
        /// cancellation; or the delivery alone. The delivery's shape is there so that an untyped
        /// <c>(e, x) =&gt; ...</c> is ambiguous rather than silently given the token: an untyped second parameter binds
        /// only when its body fits a token and not a delivery (or the reverse).
        /// </summary>
        private static readonly (string[] Services, string[] Inputs)[] Shapes =
            Enumerable.Range(0, 4)
                .SelectMany(count => new[] { false, true }.Select(cancellable => ServiceShape(count, cancellable)))
                .Concat(new[] { (new string[0], new[] { Delivery }) })
                .ToArray();

        public static IEnumerable<GeneratedFile> Emit(WebhookSpec spec, GeneratorOptions options)
        {
            yield return GeneratedCode.File(HooksTypeName, options, w => EmitHooks(w, spec, options));
            yield return GeneratedCode.File("ConversationsWebhookEndpoints", options, w => EmitMap(w, options));
            yield return GeneratedCode.File("ConversationsWebhookServices", options, w => EmitServices(w, options));
            yield return ProcessorEmitter.Emit(spec, options);
        }

        private static void EmitHooks(SourceWriter w, WebhookSpec spec, GeneratorOptions options)
        {
            w.Summary("The handlers of a Conversations webhook endpoint (<c>MapConversationsWebhooks</c>): one <c>OnXxx</c> per event. A handler takes the event, then services from its own scope (typed lambda parameters; a <see cref=\"global::ConversationHooks.AspNetCore.WebhookDelivery\"/> parameter gets the delivery's idempotency token, retry count and headers), then optionally the request's <see cref=\"global::System.Threading.CancellationToken\"/> (last); the parameters are checked when the endpoint is mapped; a pre-action handler returns the event's answer, a post-action one returns nothing or a task.");
            w.Line(GeneratedCode.Attribute);
            w.Open($"{options.Accessibility} sealed partial class {HooksTypeName} : {Library}WebhookHooks");
            foreach (var filter in spec.Filters)
            {
                foreach (var shape in Shapes)
                {
                    EmitOn(w, filter, shape.Services, shape.Inputs, isAsync: false, options);
                    EmitOn(w, filter, shape.Services, shape.Inputs, isAsync: true, options);
                }
            }

            ProcessorEmitter.EmitUseProcessor(w, spec);
            EmitReadEvent(w, options);
            EmitResponseOfAnswer(w, spec, options);
            foreach (var filter in spec.Filters.Where(f => f.Phase == FilterPhase.Pre))
            {
                w.Line();
                var answer = EventNaming.AnswerTypeName(filter.Name);
                w.Line($"private static global::ConversationHooks.WebhookResponse ResponseOf({answer} answer) => answer.Response;");
            }

            w.Close();
        }

        private static (string[] Services, string[] Inputs) ServiceShape(int count, bool cancellable)
        {
            var services = Enumerable.Range(1, count).Select(i => "TService" + i).ToArray();
            return (services, services.Concat(cancellable ? new[] { CancellationToken } : new string[0]).ToArray());
        }

        private static void EmitOn(SourceWriter w, FilterSpec filter, string[] services, string[] parameters, bool isAsync, GeneratorOptions options)
        {
            var eventType = EventNaming.EventTypeName(filter.Name);
            var isPre = filter.Phase == FilterPhase.Pre;
            var answer = EventNaming.AnswerTypeName(filter.Name);
            var inputs = new[] { eventType }.Concat(parameters).ToList();
            string handler;
            if (isPre)
            {
                handler = $"global::System.Func<{string.Join(", ", inputs)}, {(isAsync ? $"{Task}<{answer}>" : answer)}>";
            }
            else
            {
                handler = isAsync ? $"global::System.Func<{string.Join(", ", inputs)}, {Task}>" : $"global::System.Action<{string.Join(", ", inputs)}>";
            }

            var add = (isAsync ? "AddAsync" : "Add") + (isPre ? "PreAction" : "PostAction");
            var tail = isPre ? ", ResponseOf" : string.Empty;
            var typeParameters = services.Length == 0 ? string.Empty : "<" + string.Join(", ", services) + ">";
            var constraints = options.NullableAnnotations ? string.Concat(services.Select(s => $" where {s} : notnull")) : string.Empty;
            var what = isPre ? $"answer with <see cref=\"{answer}\"/>" : "a notification";
            w.Line();
            w.Summary($"Handles <c>{filter.Name}</c> ({what}).");
            w.Line($"public void On{eventType.Substring(0, eventType.Length - "Event".Length)}{typeParameters}({handler} handler){constraints} => {add}({Library}WebhookHandlerShapes.Of(handler){tail});");
        }

        private static void EmitReadEvent(SourceWriter w, GeneratorOptions options)
        {
            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            w.Open($"protected override {Library}WebhookEventReading ReadEvent(global::ConversationHooks.WebhookForm form, global::ConversationHooks.WebhookReadMode mode)");
            w.Line($"{options.Nullable(EventNaming.BaseTypeName)} webhookEvent;");
            w.Line($"{options.Nullable("string")} error;");
            w.Line($"{EventNaming.BaseTypeName}.TryParse(form, mode, out webhookEvent, out error);");
            w.Line("global::System.ReadOnlySpan<char> eventType;");
            w.Line("var filter = default(WebhookFilter);");
            w.Line("var isKnownType = form.TryFindValue(\"EventType\", out eventType) && WebhookFilterNames.TryParse(eventType, out filter);");
            w.Line("var isPreAction = isKnownType && filter.GetPhase() == WebhookPhase.Pre;");
            w.Line("var unreadParameters = webhookEvent != null ? webhookEvent.UnreadParameters : global::System.Array.Empty<global::ConversationHooks.UnreadParameter>();");
            w.Line($"return new {Library}WebhookEventReading(webhookEvent, isKnownType, isPreAction, unreadParameters, error);");
            w.Close();

            // The events' JSON form (docs/event-json.md), for a post-action event handed off to durable storage.
            const string Json = "global::System.Text.Json.JsonSerializer";
            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            w.Line($"protected override string WriteEventJson(object webhookEvent) => {Json}.Serialize(({EventNaming.BaseTypeName})webhookEvent, {EventNaming.JsonContextTypeName}.Default.{EventNaming.BaseTypeName});");
            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            w.Open("protected override object ReadEventJson(string json, out global::ConversationHooks.WebhookForm form)");
            w.Line($"var webhookEvent = {Json}.Deserialize(json, {EventNaming.JsonContextTypeName}.Default.{EventNaming.BaseTypeName}) ?? throw new global::System.Text.Json.JsonException(\"The JSON is null, not an event.\");");
            w.Line("form = webhookEvent.Form;");
            w.Line("return webhookEvent;");
            w.Close();
        }

        /// <summary>The answer types' responses, for MVC actions that return an answer (C# 7.3: no pattern matching on types).</summary>
        private static void EmitResponseOfAnswer(SourceWriter w, WebhookSpec spec, GeneratorOptions options)
        {
            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            w.Open($"protected override {options.Nullable("global::ConversationHooks.WebhookResponse")} ResponseOfAnswer(object answer)");
            foreach (var filter in spec.Filters.Where(f => f.Phase == FilterPhase.Pre))
            {
                var answer = EventNaming.AnswerTypeName(filter.Name);
                w.Line($"if (answer is {answer}) return (({answer})answer).Response;");
            }

            w.Line("return null;");
            w.Close();
        }

        private static void EmitMap(SourceWriter w, GeneratorOptions options)
        {
            w.Summary("Maps the Conversations webhook endpoint (<c>app.MapConversationsWebhooks(\"/twilio/conversations\", hooks =&gt; ...)</c>).");
            w.Line(GeneratedCode.Attribute);
            w.Open($"{options.Accessibility} static class ConversationsWebhookEndpointRouteBuilderExtensions");
            w.Summary("Maps GET and POST at <paramref name=\"pattern\"/> to a Conversations webhook endpoint: the signature is checked first (403), then the content type (415), the size (413) and the form (400); each event goes to its handler, once per <c>I-Twilio-Idempotency-Token</c>. Needs <c>builder.Services.AddConversationHooks(...)</c>.");
            w.Line("/// <param name=\"endpoints\">The app or a route group.</param>");
            w.Line("/// <param name=\"pattern\">The route Twilio calls, such as <c>/twilio/conversations</c>.</param>");
            w.Line("/// <param name=\"configure\">Adds the handlers: <c>hooks.OnMessageAdd(...)</c>, ...</param>");
            w.Line("/// <returns>The endpoint's builder, for conventions such as <c>RequireHost</c>.</returns>");
            w.Line("public static global::Microsoft.AspNetCore.Builder.IEndpointConventionBuilder MapConversationsWebhooks(this global::Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints, string pattern, global::System.Action<" + HooksTypeName + "> configure)");
            w.Line($"    => {Library}ConversationsWebhookEndpoint.Map(endpoints, pattern, new {HooksTypeName}(), configure);");
            w.Line();
            w.Summary($"Maps GET and POST at <paramref name=\"pattern\"/> to a Conversations webhook endpoint whose events go to <typeparamref name=\"TProcessor\"/> (registered with <c>builder.Services.AddConversationsWebhookProcessor&lt;TProcessor&gt;()</c>): the same pipeline as handlers.");
            w.Line("/// <typeparam name=\"TProcessor\">The app's processor class.</typeparam>");
            w.Line("/// <param name=\"endpoints\">The app or a route group.</param>");
            w.Line("/// <param name=\"pattern\">The route Twilio calls, such as <c>/twilio/conversations</c>.</param>");
            w.Line("/// <returns>The endpoint's builder, for conventions such as <c>RequireHost</c>.</returns>");
            w.Line($"public static global::Microsoft.AspNetCore.Builder.IEndpointConventionBuilder MapConversationsWebhooks<TProcessor>(this global::Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints, string pattern) where TProcessor : {ProcessorEmitter.ProcessorTypeName}");
            w.Line("    => MapConversationsWebhooks(endpoints, pattern, hooks => hooks.UseProcessor<TProcessor>());");
            w.Close();
        }

        /// <summary>
        /// The registrations of the receiver a host calls with an <c>HttpContext</c> of its own (a request delegate, a
        /// controller, Azure Functions), and of a processor class.
        /// </summary>
        private static void EmitServices(SourceWriter w, GeneratorOptions options)
        {
            const string Services = "global::Microsoft.Extensions.DependencyInjection.IServiceCollection";
            const string Receiver = Library + "ConversationsWebhookReceiver";
            const string Processor = "[global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicConstructors)] TProcessor";
            w.Summary("Registers a Conversations webhook receiver (<see cref=\"" + Receiver + "\"/>) or processor class, beside <c>AddConversationHooks(...)</c>.");
            w.Line(GeneratedCode.Attribute);
            w.Open($"{options.Accessibility} static class ConversationsWebhookServiceCollectionExtensions");
            w.Summary("Registers the app's <see cref=\"" + Receiver + "\"/> (a singleton) with the handlers <paramref name=\"configure\"/> adds: call its <c>ReceiveAsync(httpContext)</c> from a request delegate, a controller or an Azure Function. The handlers' parameters are checked when the host starts.");
            w.Line("/// <param name=\"services\">The app's services.</param>");
            w.Line("/// <param name=\"configure\">Adds the handlers: <c>hooks.OnMessageAdd(...)</c>, ...</param>");
            w.Line("/// <returns><paramref name=\"services\"/>.</returns>");
            w.Line($"public static {Services} AddConversationsWebhookReceiver(this {Services} services, global::System.Action<{HooksTypeName}> configure)");
            w.Line($"    => {Receiver}.Add(services, \"{Receiver.Substring("global::".Length)}\", () => new {HooksTypeName}(), configure);");
            w.Line();
            w.Summary("Registers the app's <see cref=\"" + Receiver + "\"/> (a singleton) with every event going to <typeparamref name=\"TProcessor\"/>, registered too (scoped).");
            w.Line("/// <typeparam name=\"TProcessor\">The app's processor class.</typeparam>");
            w.Line("/// <param name=\"services\">The app's services.</param>");
            w.Line("/// <returns><paramref name=\"services\"/>.</returns>");
            w.Line($"public static {Services} AddConversationsWebhookReceiver<{Processor}>(this {Services} services) where TProcessor : {ProcessorEmitter.ProcessorTypeName}");
            w.Line("    => AddConversationsWebhookReceiver(AddConversationsWebhookProcessor<TProcessor>(services), hooks => hooks.UseProcessor<TProcessor>());");
            w.Line();
            w.Summary("Registers <typeparamref name=\"TProcessor\"/> (scoped: one instance per event, its constructor's services injected) for <c>MapConversationsWebhooks&lt;TProcessor&gt;</c> or <c>hooks.UseProcessor&lt;TProcessor&gt;()</c>.");
            w.Line("/// <typeparam name=\"TProcessor\">The app's processor class.</typeparam>");
            w.Line("/// <param name=\"services\">The app's services.</param>");
            w.Line("/// <returns><paramref name=\"services\"/>.</returns>");
            w.Open($"public static {Services} AddConversationsWebhookProcessor<{Processor}>(this {Services} services) where TProcessor : {ProcessorEmitter.ProcessorTypeName}");
            w.Line("global::Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions.TryAddScoped<TProcessor>(services);");
            w.Line("return services;");
            w.Close();
            w.Line();
            w.Summary("Lets controller actions marked <c>[ConversationsWebhook]</c> receive events: binds their event (<see cref=\"" + EventNaming.BaseTypeName + "\"/> or one event type) and <c>WebhookDelivery</c> parameters, sends the answers they return, and finds internal controllers that carry the attribute (the event types are internal unless <c>ConversationHooksAccessibility</c> is <c>public</c>).");
            w.Line("/// <param name=\"builder\">The app's MVC builder (<c>builder.Services.AddControllers()</c>).</param>");
            w.Line("/// <returns><paramref name=\"builder\"/>.</returns>");
            w.Line("public static global::Microsoft.Extensions.DependencyInjection.IMvcBuilder AddConversationsWebhookControllers(this global::Microsoft.Extensions.DependencyInjection.IMvcBuilder builder)");
            w.Line($"    => {Library}Mvc.ConversationsWebhookControllers.Add(builder, new {HooksTypeName}(), typeof({EventNaming.BaseTypeName}));");
            w.Close();
        }
    }
}
