using System;

namespace ConversationHooks.AspNetCore.ScaleOut
{
    /// <summary>
    /// A signed post-action event as the endpoint hands it off to durable storage (<see cref="IPostActionHandOff"/>),
    /// and as a worker gives it back to <see cref="WebhookEventDispatcher"/>: the event in its JSON form (the
    /// generated events' stable JSON, every pair Twilio signed kept, which the generated hooks read into the
    /// typed event again), and where and when it arrived.
    /// </summary>
    public sealed class StoredWebhookEvent
    {
        /// <summary>Creates a stored event.</summary>
        /// <param name="endpoint">The name of the endpoint that received it (<see cref="WebhookEventDispatcher"/> finds its handlers by it).</param>
        /// <param name="eventType">Its <c>EventType</c>, such as <c>onMessageAdded</c> (for people and tools reading the storage).</param>
        /// <param name="eventJson">The event in its JSON form, as the endpoint's generated hooks write it.</param>
        /// <param name="claimKey">The delivery's claim key; null when it has none.</param>
        /// <param name="idempotencyToken">The request's <c>I-Twilio-Idempotency-Token</c>; null when it had none.</param>
        /// <param name="receivedAt">When the endpoint received it.</param>
        /// <exception cref="ArgumentNullException"><paramref name="endpoint"/>, <paramref name="eventType"/> or <paramref name="eventJson"/> is null.</exception>
        public StoredWebhookEvent(string endpoint, string eventType, string eventJson, string? claimKey, string? idempotencyToken, DateTimeOffset receivedAt)
        {
            Endpoint = endpoint ?? throw new ArgumentNullException(nameof(endpoint));
            EventType = eventType ?? throw new ArgumentNullException(nameof(eventType));
            EventJson = eventJson ?? throw new ArgumentNullException(nameof(eventJson));
            ClaimKey = string.IsNullOrEmpty(claimKey) ? null : claimKey;
            IdempotencyToken = string.IsNullOrEmpty(idempotencyToken) ? null : idempotencyToken;
            ReceivedAt = receivedAt;
        }

        /// <summary>The name of the endpoint that received it: its route pattern, after its options' name and a colon when it has named options.</summary>
        public string Endpoint { get; }

        /// <summary>Its <c>EventType</c>, such as <c>onMessageAdded</c>.</summary>
        public string EventType { get; }

        /// <summary>The event in its JSON form (<c>JsonSerializer.Deserialize(json, ConversationHooksJson.Default.WebhookEvent)</c> reads it).</summary>
        public string EventJson { get; }

        /// <summary>The delivery's claim key (its idempotency token's, or one derived from the event): the same for every delivery of one event; null when it has none.</summary>
        public string? ClaimKey { get; }

        /// <summary>The request's <c>I-Twilio-Idempotency-Token</c>; null when it had none.</summary>
        public string? IdempotencyToken { get; }

        /// <summary>When the endpoint received it.</summary>
        public DateTimeOffset ReceivedAt { get; }

        /// <summary>The endpoint, the event type and the claim key; never a value of the event.</summary>
        public override string ToString() => $"{EventType} at {Endpoint}, claim {ClaimKey ?? "(none)"}";
    }
}
