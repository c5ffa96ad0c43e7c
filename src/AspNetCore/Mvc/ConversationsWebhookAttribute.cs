using System;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationHooks.AspNetCore.Mvc
{
    /// <summary>
    /// Makes a controller action (or every action of a controller) a Conversations webhook endpoint: the request goes
    /// through the same pipeline as <c>MapConversationsWebhooks</c> (signature, limits, duplicates, pre-action budget,
    /// logs, metrics, traces), and the action runs as the handler of the events its event parameter accepts
    /// (<c>MessageAddEvent e</c>: that event; <c>WebhookEvent e</c>: every event). A <c>WebhookDelivery</c> parameter gets
    /// the delivery, a <c>CancellationToken</c> the handler's token (cancelled at the end of a pre-action budget). A
    /// pre-action action returns the event's answer (<c>e.Continue()</c>, <c>e.Reject()</c>, ...; a status of 400 or more,
    /// such as <c>StatusCode(403)</c>, rejects; anything else, such as null or <c>Ok()</c>, lets the action go ahead); what a
    /// post-action one returns is not sent: it is answered 200. Events the action does not accept are answered as unhandled (200).
    /// Needs <c>builder.Services.AddControllers().AddConversationsWebhookControllers()</c>. The action allows anonymous
    /// requests: the signature is its authentication.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
    public sealed class ConversationsWebhookAttribute : Attribute, IFilterFactory, IAllowAnonymous
    {
        /// <inheritdoc/>
        public bool IsReusable => true;

        /// <inheritdoc/>
        /// <exception cref="InvalidOperationException"><c>AddConversationsWebhookControllers</c> was not called.</exception>
        public IFilterMetadata CreateInstance(IServiceProvider serviceProvider)
        {
            var controllers = serviceProvider.GetService<WebhookControllers>()
                ?? throw new InvalidOperationException("[ConversationsWebhook] needs builder.Services.AddControllers().AddConversationsWebhookControllers() (and AddConversationHooks(...)).");
            return new WebhookActionFilter(controllers);
        }
    }
}
