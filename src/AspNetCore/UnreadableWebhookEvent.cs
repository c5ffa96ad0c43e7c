using System;
using Microsoft.AspNetCore.Http;

namespace ConversationHooks.AspNetCore
{
    /// <summary>
    /// A signed request the endpoint could not read as an event, because what identifies it (its
    /// <c>EventType</c>, <c>AccountSid</c> or the SID of its resource) is missing or malformed. Twilio signed it,
    /// so it is not refused: <c>hooks.OnUnreadable(...)</c> gets its raw pairs and the reason; a post-action one is
    /// then answered 200, a pre-action one as <see cref="ConversationHooksOptions.PreActionFailure"/> says.
    /// </summary>
    public sealed class UnreadableWebhookEvent
    {
        internal UnreadableWebhookEvent(WebhookForm form, string eventType, bool isPreAction, string reason, HttpContext httpContext)
        {
            Form = form;
            EventType = eventType;
            IsPreAction = isPreAction;
            Reason = reason;
            HttpContext = httpContext;
        }

        /// <summary>Every pair of the request, as it came.</summary>
        public WebhookForm Form { get; }

        /// <summary>The request's <c>EventType</c> as it came; empty when it had none.</summary>
        public string EventType { get; }

        /// <summary>True when <see cref="EventType"/> names a pre-action event: its answer lets the action go ahead or rejects it.</summary>
        public bool IsPreAction { get; }

        /// <summary>Why the event could not be read, naming the parameter (<c>MessageAddedEvent requires 'MessageSid', ...</c>).</summary>
        public string Reason { get; }

        /// <summary>The request.</summary>
        public HttpContext HttpContext { get; }

        /// <summary>The event type and the reason.</summary>
        public override string ToString() => $"{(EventType.Length == 0 ? "(no EventType)" : EventType)}: {Reason}";
    }
}
