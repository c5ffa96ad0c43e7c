using System.Threading;

namespace ConversationHooks.AspNetCore.Mvc
{
    /// <summary>The event an action is running for, on the request's features: what its parameters are bound to, and the answer it returned.</summary>
    internal sealed class WebhookActionFeature
    {
        public WebhookActionFeature(object webhookEvent, WebhookDelivery delivery, bool isPreAction, CancellationToken cancellationToken)
        {
            Event = webhookEvent;
            Delivery = delivery;
            IsPreAction = isPreAction;
            CancellationToken = cancellationToken;
        }

        public object Event { get; }

        public WebhookDelivery Delivery { get; }

        public bool IsPreAction { get; }

        public CancellationToken CancellationToken { get; }

        /// <summary>The response of the answer the action returned; null until it returns one.</summary>
        public WebhookResponse? Response { get; set; }
    }
}
