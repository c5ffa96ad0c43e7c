using System.Text;

namespace ConversationHooks.Benchmarks;

/// <summary>Twilio's documented examples (fixtures/twilio-api), the inputs of the request-path benchmarks.</summary>
internal static class TwilioExamples
{
    public const string PreWebhookUrl = "https://company.com/filtering-and-permissions";
    public const string PostWebhookUrl = "https://company.com/archive-every-action";

    /// <summary>account-webhook-fetch.json, unchanged.</summary>
    public const string AccountFetchJson = """
        {
          "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "pre_webhook_url": "https://example.com/pre",
          "post_webhook_url": "https://example.com/post",
          "method": "GET",
          "filters": [
            "onMessageSend",
            "onConversationUpdated"
          ],
          "target": "webhook",
          "url": "https://conversations.twilio.com/v1/Configuration/Webhooks"
        }
        """;

    public static readonly byte[] AccountFetchUtf8 = Encoding.UTF8.GetBytes(AccountFetchJson);
}
