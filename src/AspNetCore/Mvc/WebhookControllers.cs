using System;
using ConversationHooks.AspNetCore.Pipeline;

namespace ConversationHooks.AspNetCore.Mvc
{
    /// <summary>What every <c>[ConversationsWebhook]</c> action shares: the pipeline, the generated hooks that read events and answers, and the events' base type.</summary>
    internal sealed class WebhookControllers
    {
        public WebhookControllers(WebhookReceiver pipeline, WebhookHooks hooks, Type eventBaseType)
        {
            Pipeline = pipeline;
            Hooks = hooks;
            EventBaseType = eventBaseType;
        }

        public WebhookReceiver Pipeline { get; }

        public WebhookHooks Hooks { get; }

        public Type EventBaseType { get; }
    }
}
