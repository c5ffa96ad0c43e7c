using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using static ConversationHooks.Client.Tests.Twilio;

namespace ConversationHooks.Client.Tests;

/// <summary>Every configuration call: what reaches the server (method, path, Basic auth, content type, exact form) and what comes back.</summary>
public sealed class ClientCallTests : IAsyncLifetime
{
    private const string Form = "application/x-www-form-urlencoded";
    private readonly HttpClient _http = new();
    private FakeTwilioApi _api = null!;
    private WebhookConfigurationClient _client = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeTwilioApi.StartAsync();
        _client = ClientOf(_api, _http);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _api.DisposeAsync();
    }

    private ReceivedRequest Received => Assert.Single(_api.Received);

    private void AssertReceived(string method, string path, string? form)
    {
        Assert.Equal(method, Received.Method);
        Assert.Equal(path, Received.Path);
        Assert.Equal(Basic(AccountSidText, AuthToken), Received.Authorization);
        Assert.Equal(form is null ? null : Form, Received.ContentType);
        Assert.Equal(form ?? string.Empty, Received.Body);
    }

    [Fact]
    public async Task Account_fetch_keeps_the_unknown_onMessageSend_filter_of_Twilios_example()
    {
        _api.Answer(200, Fixture("account-webhook-fetch"));

        var configuration = await _client.FetchAccountWebhookConfigurationAsync();

        AssertReceived("GET", "/v1/Configuration/Webhooks", null);
        Assert.Equal(new[] { "onMessageSend", "onConversationUpdated" }, configuration.Filters!.Select(f => f.WireName));
        Assert.False(configuration.Filters![0].IsKnown);
        Assert.Equal(AccountSidText, configuration.AccountSid!.Value.Value);
    }

    [Fact]
    public async Task Account_update_posts_the_exact_form_and_reads_the_answer()
    {
        _api.Answer(200, Fixture("account-webhook-update"));
        var request = new AccountWebhookUpdateRequest(
            method: AccountWebhookMethod.Get,
            filters: new WebhookFilterValue[] { WebhookFilter.OnConversationUpdated },
            preWebhookUrl: "https://example.com/pre",
            postWebhookUrl: "https://example.com/post",
            target: AccountWebhookTarget.Webhook);

        var configuration = await _client.UpdateAccountWebhookConfigurationAsync(request);

        AssertReceived("POST", "/v1/Configuration/Webhooks",
            "Method=GET&Filters=onConversationUpdated&PreWebhookUrl=https%3A%2F%2Fexample.com%2Fpre&PostWebhookUrl=https%3A%2F%2Fexample.com%2Fpost&Target=webhook");
        Assert.Equal(AccountWebhookConfiguration.FromJson(Fixture("account-webhook-update")), configuration);
    }

    [Fact]
    public async Task Service_fetch_goes_to_the_services_path()
    {
        _api.Answer(200, Fixture("service-webhook-fetch"));

        var configuration = await _client.FetchServiceWebhookConfigurationAsync(Service);

        AssertReceived("GET", "/v1/Services/ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Configuration/Webhooks", null);
        Assert.Equal(Service, configuration.ChatServiceSid);
    }

    [Fact]
    public async Task Service_update_posts_the_exact_form()
    {
        _api.Answer(200, Fixture("service-webhook-update"));
        var request = new ServiceWebhookUpdateRequest(
            preWebhookUrl: "https://www.example.com/pre",
            postWebhookUrl: "https://www.example.com/post",
            filters: new WebhookFilterValue[] { WebhookFilter.OnMessageRemoved, WebhookFilter.OnParticipantAdded },
            method: ServiceWebhookMethod.Get);

        var configuration = await _client.UpdateServiceWebhookConfigurationAsync(Service, request);

        AssertReceived("POST", "/v1/Services/ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Configuration/Webhooks",
            "PreWebhookUrl=https%3A%2F%2Fwww.example.com%2Fpre&PostWebhookUrl=https%3A%2F%2Fwww.example.com%2Fpost&Filters=onMessageRemoved&Filters=onParticipantAdded&Method=GET");
        Assert.Equal(ServiceWebhookConfiguration.FromJson(Fixture("service-webhook-update")), configuration);
    }

    private static ConversationWebhookCreateRequest CreateRequest() => new(
        ConversationWebhookTarget.Webhook,
        configurationUrl: "https://example.com",
        configurationMethod: ConversationWebhookMethod.Get,
        configurationFilters: new[] { WebhookFilterValue.FromWireName("onMessageSent"), WebhookFilterValue.FromWireName("onConversationDestroyed") },
        configurationReplayAfter: 7);

    private const string CreateForm = "Target=webhook&Configuration.Url=https%3A%2F%2Fexample.com&Configuration.Method=get&Configuration.Filters=onMessageSent&Configuration.Filters=onConversationDestroyed&Configuration.ReplayAfter=7";

    [Fact]
    public async Task Conversation_create_posts_the_exact_form_to_the_conversation()
    {
        _api.Answer(201, Fixture("conversation-webhook-create"));

        var webhook = await _client.CreateConversationWebhookAsync(Conversation, CreateRequest());

        AssertReceived("POST", "/v1/Conversations/CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Webhooks", CreateForm);
        Assert.Equal(Webhook, webhook.Sid);
        Assert.Equal(new[] { "onMessageSent", "onConversationDestroyed" }, webhook.Configuration!.Filters!.Select(f => f.WireName));
    }

    [Fact]
    public async Task Conversation_create_in_a_service_posts_to_the_service_conversation()
    {
        _api.Answer(201, Fixture("conversation-webhook-create"));

        await _client.CreateConversationWebhookAsync(Service, Conversation, CreateRequest());

        AssertReceived("POST", "/v1/Services/ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Conversations/CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Webhooks", CreateForm);
    }

    [Fact]
    public async Task Conversation_fetch_reads_a_studio_webhook()
    {
        _api.Answer(200, Fixture("conversation-webhook-fetch-studio"));

        var webhook = await _client.FetchConversationWebhookAsync(Conversation, Webhook);

        AssertReceived("GET", "/v1/Conversations/CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Webhooks/WHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", null);
        Assert.Equal(FlowSid.Parse("FWaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), webhook.Configuration!.FlowSid);
    }

    [Fact]
    public async Task Conversation_fetch_in_a_service_goes_to_the_service_conversation()
    {
        _api.Answer(200, Fixture("conversation-webhook-fetch-studio"));

        await _client.FetchConversationWebhookAsync(Service, Conversation, Webhook);

        AssertReceived("GET", "/v1/Services/ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Conversations/CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Webhooks/WHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", null);
    }

    [Fact]
    public async Task Conversation_update_posts_the_exact_form_of_a_trigger()
    {
        _api.Answer(200, Fixture("conversation-webhook-update-trigger"));
        var request = new ConversationWebhookUpdateRequest(
            configurationUrl: "https://example.com",
            configurationMethod: ConversationWebhookMethod.Post,
            configurationTriggers: new[] { "keyword1", "keyword2" });

        var webhook = await _client.UpdateConversationWebhookAsync(Conversation, Webhook, request);

        AssertReceived("POST", "/v1/Conversations/CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Webhooks/WHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "Configuration.Url=https%3A%2F%2Fexample.com&Configuration.Method=post&Configuration.Triggers=keyword1&Configuration.Triggers=keyword2");
        Assert.Equal("trigger", webhook.Target!.Value.WireName);
    }

    [Fact]
    public async Task Conversation_update_in_a_service_posts_to_the_service_conversation()
    {
        _api.Answer(200, Fixture("conversation-webhook-update-trigger"));

        await _client.UpdateConversationWebhookAsync(Service, Conversation, Webhook, new ConversationWebhookUpdateRequest(configurationUrl: "https://example.com"));

        AssertReceived("POST", "/v1/Services/ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Conversations/CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Webhooks/WHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "Configuration.Url=https%3A%2F%2Fexample.com");
    }

    [Fact]
    public async Task Conversation_delete_sends_a_DELETE_and_takes_the_204()
    {
        _api.Answer(204);

        await _client.DeleteConversationWebhookAsync(Conversation, Webhook);

        AssertReceived("DELETE", "/v1/Conversations/CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Webhooks/WHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", null);
    }

    [Fact]
    public async Task Conversation_delete_in_a_service_goes_to_the_service_conversation()
    {
        _api.Answer(204);

        await _client.DeleteConversationWebhookAsync(Service, Conversation, Webhook);

        AssertReceived("DELETE", "/v1/Services/ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Conversations/CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Webhooks/WHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", null);
    }

    [Fact]
    public async Task An_API_key_authenticates_with_the_key_SID_and_secret()
    {
        _api.Answer(200, Fixture("account-webhook-fetch"));
        var client = ClientOf(_api, _http, TwilioCredentials.FromApiKey(AccountSidText, ApiKeySidText, ApiKeySecret));

        await client.FetchAccountWebhookConfigurationAsync();

        Assert.Equal(Basic(ApiKeySidText, ApiKeySecret), Received.Authorization);
    }

    [Fact]
    public async Task A_default_SID_is_an_ArgumentException_before_anything_is_sent()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _client.FetchConversationWebhookAsync(Conversation, default(WebhookSid)));

        Assert.Equal("webhookSid", error.ParamName);
        Assert.Empty(_api.Received);
    }

    [Fact]
    public async Task A_null_request_is_an_ArgumentNullException()
        => Assert.Equal("request", (await Assert.ThrowsAsync<ArgumentNullException>(() => _client.UpdateAccountWebhookConfigurationAsync(null!))).ParamName);
}
