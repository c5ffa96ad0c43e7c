using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;
using ConversationHooks.AspNetCore.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationHooks.AspNetCore
{
    /// <summary>
    /// The handlers of one Conversations webhook endpoint. The generated <c>ConversationsWebhookHooks</c>
    /// derives from it with one <c>OnXxx</c> method per event (<c>OnMessageAdd</c>, <c>OnMessageAdded</c>, ...)
    /// because the event types are generated in your project; this class holds what is the same for every spec.
    /// </summary>
    public abstract class WebhookHooks
    {
        private readonly Dictionary<Type, WebhookHandler> _handlers = new();
        private Func<UnhandledWebhookEvent, CancellationToken, Task>? _unhandled;
        private Func<UnreadableWebhookEvent, CancellationToken, Task>? _unreadable;
        private bool _frozen;
        private string _optionsName = Microsoft.Extensions.Options.Options.DefaultName;

        /// <summary>Observes the events answered without a handler: unknown event types and events with no handler (one observer per endpoint).</summary>
        /// <exception cref="ArgumentNullException"><paramref name="observer"/> is null.</exception>
        public void OnUnhandled(Action<UnhandledWebhookEvent> observer)
        {
            if (observer is null)
            {
                throw new ArgumentNullException(nameof(observer));
            }

            OnUnhandled((unhandled, _) =>
            {
                observer(unhandled);
                return Task.CompletedTask;
            });
        }

        /// <summary>Observes the events answered without a handler, asynchronously; see the other overload.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="observer"/> is null.</exception>
        public void OnUnhandled(Func<UnhandledWebhookEvent, CancellationToken, Task> observer)
        {
            ThrowIfFrozen();
            _unhandled = observer ?? throw new ArgumentNullException(nameof(observer));
        }

        /// <summary>
        /// Observes the signed requests that cannot be read as an event (what identifies it is missing or
        /// malformed): their raw pairs and the reason. A post-action one is answered 200 once the observer
        /// returns, a pre-action one as <see cref="ConversationHooksOptions.PreActionFailure"/> says. One per endpoint.
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="observer"/> is null.</exception>
        public void OnUnreadable(Action<UnreadableWebhookEvent> observer)
        {
            if (observer is null)
            {
                throw new ArgumentNullException(nameof(observer));
            }

            OnUnreadable((unreadable, _) =>
            {
                observer(unreadable);
                return Task.CompletedTask;
            });
        }

        /// <summary>Observes the signed requests that cannot be read as an event, asynchronously; see the other overload.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="observer"/> is null.</exception>
        public void OnUnreadable(Func<UnreadableWebhookEvent, CancellationToken, Task> observer)
        {
            ThrowIfFrozen();
            _unreadable = observer ?? throw new ArgumentNullException(nameof(observer));
        }

        /// <summary>
        /// Gives this endpoint the options registered under <paramref name="name"/> by
        /// <c>AddConversationHooks(name, configuration)</c> (its own tokens, public URL, budget...) instead of the
        /// app's default ones: several accounts in one app. Checked when the endpoint is mapped.
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
        public void UseOptions(string name)
        {
            ThrowIfFrozen();
            _optionsName = name ?? throw new ArgumentNullException(nameof(name));
        }

        /// <summary>Reads an event from a signed request's form in <paramref name="mode"/>; plumbing the generated class implements.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected abstract WebhookEventReading ReadEvent(WebhookForm form, WebhookReadMode mode);

        /// <summary>Writes an event this endpoint read in its JSON form (the events' stable JSON, as for a queue); plumbing the generated class implements.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected abstract string WriteEventJson(object webhookEvent);

        /// <summary>Reads an event <see cref="WriteEventJson"/> wrote, and the form it carries; plumbing the generated class implements.</summary>
        /// <exception cref="System.Text.Json.JsonException">The JSON is no event.</exception>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected abstract object ReadEventJson(string json, out WebhookForm form);

        /// <summary>Maps a pre-action handler that answers synchronously; plumbing the generated <c>OnXxx</c> methods call.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected void AddPreAction<TEvent, TAnswer>(WebhookHandlerShape<Func<TEvent, WebhookDelivery, CancellationToken, TAnswer>> handler, Func<TAnswer, WebhookResponse> response)
            where TEvent : class
            where TAnswer : class
        {
            Require(handler, nameof(handler));
            Require(response, nameof(response));
            var invoke = handler.Invoke;
            Add<TEvent>(new WebhookHandler(true, handler.Services, (e, delivery, cancellationToken) => Task.FromResult(ResponseOf(invoke((TEvent)e, delivery, cancellationToken), response))));
        }

        /// <summary>Maps a pre-action handler that answers asynchronously; plumbing the generated <c>OnXxx</c> methods call.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected void AddAsyncPreAction<TEvent, TAnswer>(WebhookHandlerShape<Func<TEvent, WebhookDelivery, CancellationToken, Task<TAnswer>>> handler, Func<TAnswer, WebhookResponse> response)
            where TEvent : class
            where TAnswer : class
        {
            Require(handler, nameof(handler));
            Require(response, nameof(response));
            var invoke = handler.Invoke;
            Add<TEvent>(new WebhookHandler(true, handler.Services, async (e, delivery, cancellationToken) => ResponseOf(await invoke((TEvent)e, delivery, cancellationToken).ConfigureAwait(false), response)));
        }

        /// <summary>Maps a post-action handler that returns nothing; plumbing the generated <c>OnXxx</c> methods call.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected void AddPostAction<TEvent>(WebhookHandlerShape<Action<TEvent, WebhookDelivery, CancellationToken>> handler)
            where TEvent : class
        {
            Require(handler, nameof(handler));
            var invoke = handler.Invoke;
            Add<TEvent>(new WebhookHandler(false, handler.Services, (e, delivery, cancellationToken) =>
            {
                invoke((TEvent)e, delivery, cancellationToken);
                return Task.FromResult(WebhookResponse.Continue);
            }));
        }

        /// <summary>Maps a post-action handler that returns a task; plumbing the generated <c>OnXxx</c> methods call.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected void AddAsyncPostAction<TEvent>(WebhookHandlerShape<Func<TEvent, WebhookDelivery, CancellationToken, Task>> handler)
            where TEvent : class
        {
            Require(handler, nameof(handler));
            var invoke = handler.Invoke;
            Add<TEvent>(new WebhookHandler(false, handler.Services, async (e, delivery, cancellationToken) =>
            {
                await invoke((TEvent)e, delivery, cancellationToken).ConfigureAwait(false);
                return WebhookResponse.Continue;
            }));
        }

        /// <summary>The response of a pre-action answer (<c>MessageAddAnswer</c>, ...); null when <paramref name="answer"/> is none. Plumbing the generated class implements, for MVC actions that return answers.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected abstract WebhookResponse? ResponseOfAnswer(object answer);

        internal WebhookResponse? ResponseOf(object answer) => ResponseOfAnswer(answer);

        internal Func<UnhandledWebhookEvent, CancellationToken, Task>? Unhandled => _unhandled;

        internal string OptionsName => _optionsName;

        /// <summary>What the duplicate cache's keys of this endpoint start with: the app, the options and the route, so that endpoints and apps sharing a cache never share answers.</summary>
        internal string DuplicateKeyPrefix { get; private set; } = string.Empty;

        /// <summary>The endpoint's name, which its stored events carry (<see cref="MappedEndpoints.NameOf"/>).</summary>
        internal string EndpointName { get; private set; } = string.Empty;

        internal Func<UnreadableWebhookEvent, CancellationToken, Task>? Unreadable => _unreadable;

        internal WebhookEventReading Read(WebhookForm form, WebhookReadMode mode) => ReadEvent(form, mode);

        internal string ToJson(object webhookEvent) => WriteEventJson(webhookEvent);

        internal object FromJson(string json, out WebhookForm form) => ReadEventJson(json, out form);

        internal WebhookHandler? HandlerFor(object webhookEvent) => _handlers.TryGetValue(webhookEvent.GetType(), out var handler) ? handler : null;

        /// <summary>Ends the mapping: handlers are read by concurrent requests from here on.</summary>
        internal void Freeze(string duplicateKeyPrefix, string endpointName)
        {
            _frozen = true;
            DuplicateKeyPrefix = duplicateKeyPrefix;
            EndpointName = endpointName;
        }

        /// <summary>
        /// What no event could ever give the handlers: a parameter the app's services cannot satisfy, a
        /// <c>CancellationToken</c> before a service, an <c>HttpContext</c>. Each problem names the handler and the
        /// parameter; empty when every handler can run.
        /// </summary>
        internal IReadOnlyList<string> ParameterProblems(IServiceProviderIsService? services)
        {
            var problems = new List<string>();
            foreach (var handler in _handlers)
            {
                var name = "hooks.On" + handler.Key.Name.Substring(0, handler.Key.Name.Length - (handler.Key.Name.EndsWith("Event", StringComparison.Ordinal) ? "Event".Length : 0));
                for (var i = 0; i < handler.Value.Services.Count; i++)
                {
                    if (WebhookHandler.ParameterProblem(handler.Value.Services[i], services) is { } problem)
                    {
                        problems.Add($"The handler {name}({handler.Key.Name}, ...) takes {handler.Value.Services[i].Name} as parameter {i + 2}: {problem}.");
                    }
                }
            }

            return problems;
        }

        private void Add<TEvent>(WebhookHandler handler)
        {
            ThrowIfFrozen();
            if (_handlers.ContainsKey(typeof(TEvent)))
            {
                throw new InvalidOperationException($"{typeof(TEvent).Name} already has a handler on this endpoint; map one handler per event.");
            }

            _handlers.Add(typeof(TEvent), handler);
        }

        private static WebhookResponse ResponseOf<TAnswer>(TAnswer? answer, Func<TAnswer, WebhookResponse> response)
            where TAnswer : class
            => answer is null
                ? throw new InvalidOperationException($"The pre-action handler returned no {typeof(TAnswer).Name}; return Continue, Reject() or Change(...).")
                : response(answer);

        private static void Require(object argument, string name)
        {
            if (argument is null)
            {
                throw new ArgumentNullException(name);
            }
        }

        private void ThrowIfFrozen()
        {
            if (_frozen)
            {
                throw new InvalidOperationException("The endpoint is mapped: add handlers inside the MapConversationsWebhooks callback.");
            }
        }
    }
}
