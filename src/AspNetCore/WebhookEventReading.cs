using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace ConversationHooks.AspNetCore
{
    /// <summary>
    /// What the generated <c>ConversationsWebhookHooks</c> read from a signed request: the typed event (or why
    /// there is none), whether its type is known and pre-action, and which values could not be read.
    /// Plumbing the generated code creates.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class WebhookEventReading
    {
        /// <summary>Creates the reading of one request.</summary>
        /// <param name="webhookEvent">The typed event; null when it cannot be built.</param>
        /// <param name="isKnownType">True when the spec knows the request's <c>EventType</c>.</param>
        /// <param name="isPreAction">True when that event type is a pre-action one (its answer matters).</param>
        /// <param name="unreadParameters">The values that could not be read.</param>
        /// <param name="error">Why there is no event; null when there is one.</param>
        public WebhookEventReading(object? webhookEvent, bool isKnownType, bool isPreAction, IReadOnlyList<UnreadParameter> unreadParameters, string? error)
        {
            if (webhookEvent is null && error is null)
            {
                throw new ArgumentException("A reading without an event says why.", nameof(error));
            }

            Event = webhookEvent;
            IsKnownType = isKnownType;
            IsPreAction = isPreAction;
            UnreadParameters = unreadParameters ?? throw new ArgumentNullException(nameof(unreadParameters));
            Error = error;
        }

        /// <summary>The typed event; null when it cannot be built.</summary>
        public object? Event { get; }

        /// <summary>True when the spec knows the request's <c>EventType</c>.</summary>
        public bool IsKnownType { get; }

        /// <summary>True when the event type is a pre-action one.</summary>
        public bool IsPreAction { get; }

        /// <summary>The values that could not be read.</summary>
        public IReadOnlyList<UnreadParameter> UnreadParameters { get; }

        /// <summary>Why there is no event; null when there is one.</summary>
        public string? Error { get; }
    }
}
