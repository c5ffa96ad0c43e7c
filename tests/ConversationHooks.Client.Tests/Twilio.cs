using System.IO;
using System.Net.Http;
using System.Text;

namespace ConversationHooks.Client.Tests;

/// <summary>Test credentials, SIDs and Twilio's documented payloads.</summary>
internal static class Twilio
{
    public const string AccountSidText = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    public const string AuthToken = "test-auth-token-0f3c9a";
    public const string ApiKeySidText = "SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    public const string ApiKeySecret = "test-key-secret-7d21e4";

    public static readonly ChatServiceSid Service = ChatServiceSid.Parse("ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    public static readonly ConversationSid Conversation = ConversationSid.Parse("CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    public static readonly WebhookSid Webhook = WebhookSid.Parse("WHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");

    public static string Basic(string user, string secret) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + secret));

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "twilio-api", name + ".json"));

    /// <summary>A client of <paramref name="api"/> over a plain HttpClient (no retries).</summary>
    public static WebhookConfigurationClient ClientOf(FakeTwilioApi api, HttpClient http, TwilioCredentials? credentials = null)
        => new(new TwilioApiConnection(http, credentials ?? TwilioCredentials.FromAuthToken(AccountSidText, AuthToken), api.BaseAddress));
}
