using System;

namespace ConversationHooks.AspNetCore.ScaleOut
{
    /// <summary>
    /// A signed post-action event as the endpoint hands it off to durable storage (<see cref="IPostActionHandOff"/>),
    /// and as a worker gives it back to <see cref="WebhookEventDispatcher"/>: the form Twilio signed, which the
    /// generated hooks read into the typed event again, and where and when it arrived.
    /// </summary>
    public sealed class StoredWebhookEvent
    {
        /// <summary>Creates a stored event.</summary>
        /// <param name="endpoint">The name of the endpoint that received it (<see cref="WebhookEventDispatcher"/> finds its handlers by it).</param>
        /// <param name="form">The signed form.</param>
        /// <param name="claimKey">The delivery's claim key; null when it has none.</param>
        /// <param name="idempotencyToken">The request's <c>I-Twilio-Idempotency-Token</c>; null when it had none.</param>
        /// <param name="receivedAt">When the endpoint received it.</param>
        /// <exception cref="ArgumentNullException"><paramref name="endpoint"/> or <paramref name="form"/> is null.</exception>
        public StoredWebhookEvent(string endpoint, WebhookForm form, string? claimKey, string? idempotencyToken, DateTimeOffset receivedAt)
        {
            Endpoint = endpoint ?? throw new ArgumentNullException(nameof(endpoint));
            Form = form ?? throw new ArgumentNullException(nameof(form));
            ClaimKey = string.IsNullOrEmpty(claimKey) ? null : claimKey;
            IdempotencyToken = string.IsNullOrEmpty(idempotencyToken) ? null : idempotencyToken;
            ReceivedAt = receivedAt;
        }

        /// <summary>The name of the endpoint that received it: its route pattern, after its options' name and a colon when it has named options.</summary>
        public string Endpoint { get; }

        /// <summary>The signed form, as Twilio sent it.</summary>
        public WebhookForm Form { get; }

        /// <summary>The form's <c>EventType</c>; empty when it has none.</summary>
        public string EventType => Form.GetValue("EventType") ?? string.Empty;

        /// <summary>The delivery's claim key (its idempotency token's, or one derived from the event): the same for every delivery of one event; null when it has none.</summary>
        public string? ClaimKey { get; }

        /// <summary>The request's <c>I-Twilio-Idempotency-Token</c>; null when it had none.</summary>
        public string? IdempotencyToken { get; }

        /// <summary>When the endpoint received it.</summary>
        public DateTimeOffset ReceivedAt { get; }

        /// <summary>The endpoint, the event type and the claim key; never a value of the form.</summary>
        public override string ToString() => $"{EventType} at {Endpoint}, claim {ClaimKey ?? "(none)"}";
    }
}
