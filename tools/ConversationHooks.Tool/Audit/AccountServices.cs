using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ConversationHooks.Tool.Audit
{
    /// <summary>
    /// The account's Conversation Services, every page of <c>GET /v1/Services</c> (a <c>services</c> array and
    /// <c>meta.next_page_url</c>, as in twilio-oai's ListServiceResponse), read through the connection's own paging.
    /// The spec models the webhook resources, not services, so the page is read here.
    /// </summary>
    internal static class AccountServices
    {
        private const string ListPath = "/v1/Services";

        /// <exception cref="TwilioApiException">Twilio answered an error, or a page that could not be read.</exception>
        public static Task<IReadOnlyList<ServiceRef>> ListAsync(TwilioApiConnection connection, CancellationToken cancellationToken)
            => connection.ListAsync(ListPath, new ServicePageQuery(), ReadPage, page => page.Services, page => page.NextPageUrl, cancellationToken);

        /// <exception cref="JsonException">The page is not the JSON of a services list.</exception>
        /// <exception cref="FormatException">A service's SID is not an IS SID.</exception>
        private static ServicePage ReadPage(ReadOnlySpan<byte> utf8)
        {
            var reader = new Utf8JsonReader(utf8);
            using var page = JsonDocument.ParseValue(ref reader);
            var root = ObjectOrNull(page.RootElement, "the services list") ?? throw new JsonException("The services list is null.");
            var services = new List<ServiceRef>();
            if (root.TryGetProperty("services", out var items) && items.ValueKind != JsonValueKind.Null)
            {
                if (items.ValueKind != JsonValueKind.Array)
                {
                    throw new JsonException($"'services' is {items.ValueKind}, not an array.");
                }

                services.AddRange(items.EnumerateArray().Select(ReadService));
            }

            var meta = root.TryGetProperty("meta", out var metaValue) ? ObjectOrNull(metaValue, "'meta'") : null;
            return new ServicePage(services, meta is { } m && m.TryGetProperty("next_page_url", out var next) ? StringOrNull(next, "'meta.next_page_url'") : null);
        }

        private static ServiceRef ReadService(JsonElement service)
        {
            var item = ObjectOrNull(service, "a service") ?? throw new JsonException("A service in the list is null.");
            var sid = item.TryGetProperty("sid", out var sidValue) ? StringOrNull(sidValue, "a service's 'sid'") : null;
            var name = item.TryGetProperty("friendly_name", out var nameValue) ? StringOrNull(nameValue, $"the 'friendly_name' of {sid}") : null;
            return new ServiceRef(ChatServiceSid.Parse(sid ?? throw new JsonException("A service in the list has no 'sid'.")), name);
        }

        private static JsonElement? ObjectOrNull(JsonElement value, string what) => value.ValueKind switch
        {
            JsonValueKind.Object => value,
            JsonValueKind.Null => null,
            _ => throw new JsonException($"{what} is {value.ValueKind}, not an object."),
        };

        private static string? StringOrNull(JsonElement value, string what) => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            _ => throw new JsonException($"{what} is {value.ValueKind}, not a string."),
        };

        private sealed record ServicePage(IReadOnlyList<ServiceRef> Services, string? NextPageUrl);

        /// <summary>The largest page Twilio serves (twilio-oai: PageSize 1 to 100, default 50): fewest calls.</summary>
        private readonly struct ServicePageQuery : IFormContent
        {
            public void WriteForm(ref FormWriter writer) => writer.Add("PageSize", "100");
        }
    }
}
