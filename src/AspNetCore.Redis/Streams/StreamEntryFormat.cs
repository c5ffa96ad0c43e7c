using System;
using System.Globalization;
using System.Linq;
using ConversationHooks.AspNetCore.ScaleOut;
using StackExchange.Redis;

namespace ConversationHooks.AspNetCore.Redis.Streams
{
    /// <summary>
    /// How a stored event is written in a stream entry, and read back: the one place that knows the format.
    /// Fields: <c>format</c> (<see cref="Format"/>), <c>endpoint</c>, <c>event_type</c> (for people reading the
    /// stream), <c>claim_key</c>, <c>idempotency_token</c> (empty when none), <c>received_at</c> (ISO 8601) and
    /// <c>event</c>: the event in the generated events' JSON form (docs/event-json.md: every signed pair kept),
    /// which the generated hooks read into the typed event.
    /// </summary>
    internal static class StreamEntryFormat
    {
        public const string Format = "json/1";

        private const string FormatField = "format";
        private const string EndpointField = "endpoint";
        private const string EventTypeField = "event_type";
        private const string ClaimKeyField = "claim_key";
        private const string TokenField = "idempotency_token";
        private const string ReceivedAtField = "received_at";
        private const string EventField = "event";

        public static NameValueEntry[] Write(StoredWebhookEvent stored) => new NameValueEntry[]
        {
            new(FormatField, Format),
            new(EndpointField, stored.Endpoint),
            new(EventTypeField, stored.EventType),
            new(ClaimKeyField, stored.ClaimKey ?? string.Empty),
            new(TokenField, stored.IdempotencyToken ?? string.Empty),
            new(ReceivedAtField, stored.ReceivedAt.ToString("O", CultureInfo.InvariantCulture)),
            new(EventField, stored.EventJson),
        };

        /// <exception cref="FormatException">The entry is not one <see cref="Write"/> wrote.</exception>
        public static StoredWebhookEvent Read(NameValueEntry[] values)
        {
            string? Field(string name) => values.FirstOrDefault(value => value.Name == name) is { Name.IsNull: false } found ? (string?)found.Value : null;

            if (Field(FormatField) != Format)
            {
                throw new FormatException($"The entry's format is '{Field(FormatField)}', not '{Format}'.");
            }

            if (!DateTimeOffset.TryParseExact(Field(ReceivedAtField), "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var receivedAt))
            {
                throw new FormatException($"The entry's received_at '{Field(ReceivedAtField)}' is no ISO 8601 time.");
            }

            var endpoint = Field(EndpointField) ?? throw new FormatException("The entry names no endpoint.");
            var eventJson = Field(EventField) ?? throw new FormatException("The entry holds no event.");
            return new StoredWebhookEvent(endpoint, Field(EventTypeField) ?? string.Empty, eventJson, Field(ClaimKeyField), Field(TokenField), receivedAt);
        }
    }
}
