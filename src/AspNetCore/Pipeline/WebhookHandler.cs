using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace ConversationHooks.AspNetCore.Pipeline
{
    /// <summary>One mapped handler, whatever its shape: the event in, the response out (post-action: always 200 with no body).</summary>
    internal sealed class WebhookHandler
    {
        public WebhookHandler(bool isPreAction, Func<object, HttpContext, CancellationToken, Task<WebhookResponse>> invoke)
        {
            IsPreAction = isPreAction;
            Invoke = invoke;
        }

        public bool IsPreAction { get; }

        public Func<object, HttpContext, CancellationToken, Task<WebhookResponse>> Invoke { get; }
    }
}
