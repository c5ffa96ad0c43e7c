using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ConversationHooks.AspNetCore
{
    /// <summary>
    /// How an event was delivered, for the handlers that ask for it by taking a <see cref="WebhookDelivery"/>
    /// parameter (<c>hooks.OnMessageAdded((MessageAddedEvent e, WebhookDelivery delivery) =&gt; ...)</c>): the
    /// idempotency token, Twilio's retry count and the request's headers, copied so that they outlive the
    /// request (a pre-action handler may run on past its answer). An event a worker took from durable storage has no headers.
    /// </summary>
    public sealed class WebhookDelivery
    {
        private static readonly IReadOnlyDictionary<string, string> NoHeaders = new Dictionary<string, string>();

        internal WebhookDelivery(IServiceProvider services, string? idempotencyToken, string? claimKey, string? retryCount, IReadOnlyDictionary<string, string>? headers)
        {
            Services = services;
            IdempotencyToken = string.IsNullOrEmpty(idempotencyToken) ? null : idempotencyToken;
            ClaimKey = string.IsNullOrEmpty(claimKey) ? null : claimKey;
            RetryCount = int.TryParse(retryCount, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : null;
            Headers = headers ?? NoHeaders;
        }

        /// <summary>The request's <c>I-Twilio-Idempotency-Token</c> header; null when it had none.</summary>
        public string? IdempotencyToken { get; }

        /// <summary>
        /// The key the endpoint claims this delivery under: the idempotency token's, or for a post-action event
        /// without one a key derived from the event itself; the same for every delivery of one event. A handler
        /// that records it with its effect (in the same transaction) makes its effect happen once even when the
        /// event is delivered, or taken from a stream, more than once. Null for a pre-action event without a token.
        /// </summary>
        public string? ClaimKey { get; }

        /// <summary>The event's <c>RetryCount</c> parameter (0 for a first delivery); null when it had none or it is not a number.</summary>
        public int? RetryCount { get; }

        /// <summary>The request's headers, by name (case-insensitive); repeated values joined with commas.</summary>
        public IReadOnlyDictionary<string, string> Headers { get; }

        /// <summary>The handler's services: its own scope, which lives until the handler's task ends.</summary>
        internal IServiceProvider Services { get; }

        /// <summary>The idempotency token and the retry count; never a header's value.</summary>
        public override string ToString() => $"delivery {IdempotencyToken ?? "(no idempotency token)"}, retry {(RetryCount is { } count ? count.ToString(CultureInfo.InvariantCulture) : "unknown")}";

        internal static IReadOnlyDictionary<string, string> CopyHeaders(IHeaderDictionary headers)
        {
            var copy = new Dictionary<string, string>(headers.Count, StringComparer.OrdinalIgnoreCase);
            foreach (var header in headers)
            {
                copy[header.Key] = header.Value.ToString();
            }

            return copy;
        }
    }
}
