using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace ConversationHooks.Tool.Audit
{
    /// <summary>A conversation to audit, under a service when <see cref="Service"/> is set.</summary>
    internal sealed record ConversationRef(ChatServiceSid? Service, ConversationSid Conversation)
    {
        public string Resource => (Service is { } service ? $"service {service.Value} " : string.Empty) + $"conversation {Conversation.Value}";
    }

    /// <summary>
    /// What the audit has read so far: the services it audits and every live webhook configuration, as it checks them.
    /// Filled as the answers come, so that what was read before a failure is still reported.
    /// </summary>
    internal sealed class LiveReading
    {
        public List<ServiceRef> Services { get; } = new();

        public List<WebhookSettings> Configurations { get; } = new();
    }

    /// <summary>Reads the live configurations through the generated client, as the audit checks them.</summary>
    internal static class LiveConfiguration
    {
        private const string FlexTarget = "flex";
        private const string TriggerTarget = "trigger";

        /// <summary>
        /// Reads the account's configuration, each of <paramref name="namedServices"/>' (every service of the account
        /// when none is named) and the webhooks of each of <paramref name="conversations"/> into <paramref name="reading"/>,
        /// one by one: when a call fails, what was read before it stays there.
        /// </summary>
        /// <exception cref="TwilioApiException">No answer, an error answer, or an answer that could not be read.</exception>
        public static async Task ReadAsync(
            TwilioApiConnection connection, IReadOnlyList<ChatServiceSid> namedServices, IEnumerable<ConversationRef> conversations, LiveReading reading, CancellationToken cancellationToken)
        {
            var client = new WebhookConfigurationClient(connection);
            var account = await client.FetchAccountWebhookConfigurationAsync(cancellationToken).ConfigureAwait(false);
            var target = account.Target?.WireName;

            // A flex target sends events to Flex, not to the URLs: a missing pre-event URL is not a gap there.
            reading.Configurations.Add(new("account", "account", account.Method?.WireName, target, Names(account.Filters), FiltersAreEvents: true, target == FlexTarget ? null : !string.IsNullOrEmpty(account.PreWebhookUrl)));
            reading.Services.AddRange(namedServices.Count > 0
                ? namedServices.Select(sid => new ServiceRef(sid, FriendlyName: null))
                : await AccountServices.ListAsync(connection, cancellationToken).ConfigureAwait(false));
            foreach (var listed in reading.Services)
            {
                var service = await client.FetchServiceWebhookConfigurationAsync(listed.Sid, cancellationToken).ConfigureAwait(false);
                reading.Configurations.Add(new("service", listed.Resource, service.Method?.WireName, null, Names(service.Filters), FiltersAreEvents: true, !string.IsNullOrEmpty(service.PreWebhookUrl)));
            }

            foreach (var conversation in conversations)
            {
                var webhooks = conversation.Service is { } service
                    ? await client.ListConversationWebhooksAsync(service, conversation.Conversation, cancellationToken: cancellationToken).ConfigureAwait(false)
                    : await client.ListConversationWebhooksAsync(conversation.Conversation, cancellationToken: cancellationToken).ConfigureAwait(false);

                // A trigger's "filters" come back as its keywords, not events.
                reading.Configurations.AddRange(webhooks.Select(webhook => new WebhookSettings(
                    "conversation",
                    $"{conversation.Resource} webhook {webhook.Sid?.Value}",
                    webhook.Configuration?.Method?.WireName,
                    webhook.Target?.WireName,
                    Names(webhook.Configuration?.Filters),
                    FiltersAreEvents: webhook.Target?.WireName != TriggerTarget,
                    HasPreEventUrl: null)));
            }
        }

        private static IReadOnlyList<string> Names(IReadOnlyList<WebhookFilterValue>? filters)
            => filters is null ? new string[0] : filters.Select(f => f.WireName).ToArray();
    }
}
