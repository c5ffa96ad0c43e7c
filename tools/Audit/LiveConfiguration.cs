using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace ConversationHooks.Audit
{
    /// <summary>A conversation to audit, under a service when <see cref="Service"/> is set.</summary>
    internal sealed record ConversationRef(ChatServiceSid? Service, ConversationSid Conversation)
    {
        public string Resource => (Service is { } service ? $"service {service.Value} " : string.Empty) + $"conversation {Conversation.Value}";
    }

    /// <summary>Reads the live configurations through the generated client, as the audit checks them.</summary>
    internal static class LiveConfiguration
    {
        private const string FlexTarget = "flex";
        private const string TriggerTarget = "trigger";

        /// <exception cref="TwilioApiException">Twilio answered an error, or an answer that could not be read.</exception>
        public static async Task<List<WebhookSettings>> ReadAsync(
            WebhookConfigurationClient client, IEnumerable<ChatServiceSid> services, IEnumerable<ConversationRef> conversations, CancellationToken cancellationToken)
        {
            var account = await client.FetchAccountWebhookConfigurationAsync(cancellationToken).ConfigureAwait(false);
            var target = account.Target?.WireName;

            // A flex target sends events to Flex, not to the URLs: a missing pre-event URL is not a gap there.
            var all = new List<WebhookSettings>
            {
                new("account", "account", account.Method?.WireName, target, Names(account.Filters), FiltersAreEvents: true, target == FlexTarget ? null : !string.IsNullOrEmpty(account.PreWebhookUrl)),
            };
            foreach (var sid in services)
            {
                var service = await client.FetchServiceWebhookConfigurationAsync(sid, cancellationToken).ConfigureAwait(false);
                all.Add(new("service", $"service {sid.Value}", service.Method?.WireName, null, Names(service.Filters), FiltersAreEvents: true, !string.IsNullOrEmpty(service.PreWebhookUrl)));
            }

            foreach (var conversation in conversations)
            {
                var webhooks = conversation.Service is { } service
                    ? await client.ListConversationWebhooksAsync(service, conversation.Conversation, cancellationToken: cancellationToken).ConfigureAwait(false)
                    : await client.ListConversationWebhooksAsync(conversation.Conversation, cancellationToken: cancellationToken).ConfigureAwait(false);

                // A trigger's "filters" come back as its keywords, not events.
                all.AddRange(webhooks.Select(webhook => new WebhookSettings(
                    "conversation",
                    $"{conversation.Resource} webhook {webhook.Sid?.Value}",
                    webhook.Configuration?.Method?.WireName,
                    webhook.Target?.WireName,
                    Names(webhook.Configuration?.Filters),
                    FiltersAreEvents: webhook.Target?.WireName != TriggerTarget,
                    HasPreEventUrl: null)));
            }

            return all;
        }

        private static IReadOnlyList<string> Names(IReadOnlyList<WebhookFilterValue>? filters)
            => filters is null ? new string[0] : filters.Select(f => f.WireName).ToArray();
    }
}
