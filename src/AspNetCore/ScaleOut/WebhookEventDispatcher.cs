using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ConversationHooks.AspNetCore.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationHooks.AspNetCore.ScaleOut
{
    /// <summary>
    /// Calls the typed handler of a stored post-action event: the handler of the endpoint that received it
    /// (by <see cref="StoredWebhookEvent.Endpoint"/>, mapped in this app with <c>MapConversationsWebhooks</c>),
    /// on the event read again from its JSON form by the generated hooks, in a service scope of its own. What a
    /// worker calls for each event it takes from durable storage; registered by <c>AddConversationHooks</c>.
    /// </summary>
    public sealed class WebhookEventDispatcher
    {
        private readonly MappedEndpoints _endpoints;
        private readonly IServiceScopeFactory _scopes;

        internal WebhookEventDispatcher(MappedEndpoints endpoints, IServiceScopeFactory scopes)
        {
            _endpoints = endpoints;
            _scopes = scopes;
        }

        /// <summary>Calls the handler of <paramref name="webhookEvent"/> and returns when it has run to completion.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="webhookEvent"/> is null.</exception>
        /// <exception cref="InvalidOperationException">No endpoint of that name is mapped in this app, the stored JSON is no event, or the event has no post-action handler there.</exception>
        /// <exception cref="Exception">The handler threw: its exception.</exception>
        public async Task DispatchAsync(StoredWebhookEvent webhookEvent, CancellationToken cancellationToken)
        {
            if (webhookEvent is null)
            {
                throw new ArgumentNullException(nameof(webhookEvent));
            }

            var hooks = _endpoints.Find(webhookEvent.Endpoint);
            object typed;
            WebhookForm form;
            try
            {
                typed = hooks.FromJson(webhookEvent.EventJson, out form);
            }
            catch (JsonException exception)
            {
                throw new InvalidOperationException($"The stored {webhookEvent} cannot be read as an event: {exception.Message}", exception);
            }

            var handler = hooks.HandlerFor(typed);
            if (handler is null || handler.IsPreAction)
            {
                throw new InvalidOperationException($"The endpoint '{webhookEvent.Endpoint}' has no post-action handler for the stored {webhookEvent}.");
            }

            await handler.InvokeInScopeAsync(_scopes, typed, form, webhookEvent.IdempotencyToken, webhookEvent.ClaimKey, headers: null, cancellationToken).ConfigureAwait(false);
        }
    }
}
