using System;
using Microsoft.AspNetCore.Http;

namespace ConversationHooks.AspNetCore
{
    /// <summary>
    /// A signed event the endpoint answered without a handler (200; a pre-action one goes ahead unchanged):
    /// an <c>EventType</c> the spec does not know (a newer Twilio event), or a known one with no handler.
    /// What <c>hooks.OnUnhandled(...)</c> observes.
    /// </summary>
    public sealed class UnhandledWebhookEvent
    {
        internal UnhandledWebhookEvent(object webhookEvent, string eventType, bool isKnownType, HttpContext httpContext)
        {
            Event = webhookEvent;
            EventType = eventType;
            IsKnownType = isKnownType;
            HttpContext = httpContext;
        }

        /// <summary>The event, typed (a <c>WebhookEvent</c>: <c>UnknownWebhookEvent</c> when <see cref="IsKnownType"/> is false).</summary>
        public object Event { get; }

        /// <summary>The request's <c>EventType</c> as it came; empty when it had none.</summary>
        public string EventType { get; }

        /// <summary>True when the spec knows the event type and no handler was mapped; false for an event type it does not know.</summary>
        public bool IsKnownType { get; }

        /// <summary>The request.</summary>
        public HttpContext HttpContext { get; }

        /// <summary>The event type and whether it is known.</summary>
        public override string ToString() => $"{(EventType.Length == 0 ? "(no EventType)" : EventType)} ({(IsKnownType ? "no handler" : "unknown event type")})";
    }
}
