using System;
using System.Threading;
using System.Threading.Tasks;
using ConversationHooks.AspNetCore.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConversationHooks.AspNetCore.ScaleOut
{
    /// <summary>
    /// Calls the typed handler of a stored post-action event: the handler of the endpoint that received it
    /// (by <see cref="StoredWebhookEvent.Endpoint"/>, mapped in this app with <c>MapConversationsWebhooks</c>),
    /// on the event read again from its form by the generated hooks, in a service scope of its own. What a
    /// worker calls for each event it takes from durable storage; registered by <c>AddConversationHooks</c>.
    /// </summary>
    public sealed class WebhookEventDispatcher
    {
        private readonly MappedEndpoints _endpoints;
        private readonly IOptionsMonitor<ConversationHooksOptions> _options;
        private readonly IServiceScopeFactory _scopes;

        internal WebhookEventDispatcher(MappedEndpoints endpoints, IOptionsMonitor<ConversationHooksOptions> options, IServiceScopeFactory scopes)
        {
            _endpoints = endpoints;
            _options = options;
            _scopes = scopes;
        }

        /// <summary>Calls the handler of <paramref name="webhookEvent"/> and returns when it has run to completion.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="webhookEvent"/> is null.</exception>
        /// <exception cref="InvalidOperationException">No endpoint of that name is mapped in this app, the form is no event, or the event has no post-action handler there.</exception>
        /// <exception cref="Exception">The handler threw: its exception.</exception>
        public async Task DispatchAsync(StoredWebhookEvent webhookEvent, CancellationToken cancellationToken)
        {
            if (webhookEvent is null)
            {
                throw new ArgumentNullException(nameof(webhookEvent));
            }

            var hooks = _endpoints.Find(webhookEvent.Endpoint);
            var reading = hooks.Read(webhookEvent.Form, _options.Get(hooks.OptionsName).ReadMode);
            if (reading.Event is not { } typed)
            {
                throw new InvalidOperationException($"The stored {webhookEvent} cannot be read as an event: {reading.Error}");
            }

            var handler = hooks.HandlerFor(typed);
            if (handler is null || handler.IsPreAction)
            {
                throw new InvalidOperationException($"The endpoint '{webhookEvent.Endpoint}' has no post-action handler for the stored {webhookEvent}.");
            }

            await handler.InvokeInScopeAsync(_scopes, typed, webhookEvent.Form, webhookEvent.IdempotencyToken, webhookEvent.ClaimKey, headers: null, cancellationToken).ConfigureAwait(false);
        }
    }
}
