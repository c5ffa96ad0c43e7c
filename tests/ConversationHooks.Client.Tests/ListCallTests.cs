using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using static ConversationHooks.Client.Tests.Twilio;

namespace ConversationHooks.Client.Tests;

/// <summary>The conversation-webhook list: every page read, next pages at the connection's base address, paging faults.</summary>
public sealed class ListCallTests : IAsyncLifetime
{
    private const string ListPath = "/v1/Conversations/CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Webhooks";

    // Twilio writes its public host into next_page_url; the stand-in is on 127.0.0.1.
    private const string TwilioList = "https://conversations.twilio.com" + ListPath;

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

    /// <summary>Twilio's documented page (three webhooks) with <paramref name="nextPageUrl"/> as its next_page_url.</summary>
    private static string Page(string? nextPageUrl)
    {
        var page = JsonNode.Parse(Fixture("conversation-webhooks-read"))!;
        page["meta"]!["next_page_url"] = nextPageUrl;
        return page.ToJsonString();
    }

    [Fact]
    public async Task An_empty_list_answers_no_webhooks_after_one_GET_without_query()
    {
        _api.Answer(200, Fixture("conversation-webhooks-read-empty"));

        var webhooks = await _client.ListConversationWebhooksAsync(Conversation);

        Assert.Empty(webhooks);
        var received = Assert.Single(_api.Received);
        Assert.Equal(("GET", ListPath, string.Empty), (received.Method, received.Path, received.Query));
        Assert.Equal(Basic(AccountSidText, AuthToken), received.Authorization);
    }

    [Fact]
    public async Task One_page_answers_its_webhooks_with_Twilios_unknown_filters_kept()
    {
        _api.Answer(200, Fixture("conversation-webhooks-read"));

        var webhooks = await _client.ListConversationWebhooksAsync(Conversation);

        Assert.Equal(new[] { "webhook", "trigger", "studio" }, webhooks.Select(w => w.Target!.Value.WireName));
        Assert.Equal(new[] { "onMessageSent", "onConversationDestroyed" }, webhooks[0].Configuration!.Filters!.Select(f => f.WireName));
        Assert.Single(_api.Received);
    }

    [Fact]
    public async Task Every_page_is_read_in_order_at_the_connections_base_address()
    {
        _api.Answer(200, Page(TwilioList + "?PageSize=3&Page=1&PageToken=PA1"))
            .Answer(200, Page(TwilioList + "?PageSize=3&Page=2&PageToken=PA2"))
            .Answer(200, Page(null));

        var webhooks = await _client.ListConversationWebhooksAsync(Conversation, new ConversationWebhookListRequest(pageSize: 3));

        Assert.Equal(9, webhooks.Count);
        Assert.Equal(
            new[] { "?PageSize=3", "?PageSize=3&Page=1&PageToken=PA1", "?PageSize=3&Page=2&PageToken=PA2" },
            _api.Received.Select(r => r.Query));
        Assert.All(_api.Received, r => Assert.Equal(("GET", ListPath, Basic(AccountSidText, AuthToken)), (r.Method, r.Path, r.Authorization)));
    }

    [Fact]
    public async Task A_service_conversations_list_goes_to_the_service_path()
    {
        _api.Answer(200, Fixture("conversation-webhooks-read-empty"));

        await _client.ListConversationWebhooksAsync(Service, Conversation);

        Assert.Equal("/v1/Services/ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Conversations/CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Webhooks", Assert.Single(_api.Received).Path);
    }

    [Fact]
    public async Task The_page_size_is_sent_as_the_query()
    {
        _api.Answer(200, Fixture("conversation-webhooks-read-empty"));

        await _client.ListConversationWebhooksAsync(Conversation, new ConversationWebhookListRequest(pageSize: 2));

        Assert.Equal("?PageSize=2", Assert.Single(_api.Received).Query);
    }

    [Fact]
    public async Task A_next_page_already_read_is_a_TwilioApiException_not_an_endless_loop()
    {
        var second = TwilioList + "?PageSize=3&Page=1&PageToken=PA1";
        _api.Answer(200, Page(second)).Answer(200, Page(second));

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => _client.ListConversationWebhooksAsync(Conversation));

        Assert.Contains("already read", error.Message);
        Assert.Equal(2, _api.Received.Count);
    }

    [Fact]
    public async Task A_next_page_of_another_resource_is_a_TwilioApiException()
    {
        _api.Answer(200, Page("https://conversations.twilio.com/v1/Services?PageSize=3&Page=1"));

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => _client.ListConversationWebhooksAsync(Conversation));

        Assert.Contains("not a page of that list", error.Message);
        Assert.Single(_api.Received);
    }

    [Fact]
    public async Task Cancelling_while_a_next_page_is_read_cancels_the_list()
    {
        _api.Answer(200, Page(TwilioList + "?Page=1")).AnswerNever();
        using var cancellation = new CancellationTokenSource();

        var call = _client.ListConversationWebhooksAsync(Conversation, cancellationToken: cancellation.Token);
        await _api.StalledRequestArrived.Task;
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(2, _api.Received.Count);
    }

    [Fact]
    public async Task An_error_on_the_second_page_is_Twilios_TwilioApiException()
    {
        _api.Answer(200, Page(TwilioList + "?Page=1")).Answer(404, Fixture("error-not-found"));

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => _client.ListConversationWebhooksAsync(Conversation));

        Assert.Equal((HttpStatusCode.NotFound, 20404), (error.StatusCode, error.Code));
        Assert.Contains("GET " + ListPath + "?Page=1", error.Message);
    }

    [Fact]
    public async Task A_relative_next_page_URL_is_read_at_the_connections_base_address()
    {
        _api.Answer(200, Page(ListPath + "?PageSize=3&Page=1&PageToken=PA1")).Answer(200, Page(null));

        var webhooks = await _client.ListConversationWebhooksAsync(Conversation);

        Assert.Equal(6, webhooks.Count);
        Assert.Equal("?PageSize=3&Page=1&PageToken=PA1", _api.Received[1].Query);
    }

    [Fact]
    public async Task A_server_that_keeps_minting_new_pages_is_stopped_at_MaxPages()
    {
        for (var page = 1; page <= 4; page++)
        {
            _api.Answer(200, Page($"{TwilioList}?Page={page}&PageToken=PT{Guid.NewGuid():N}"));
        }

        var connection = new TwilioApiConnection(_http, TwilioCredentials.FromAuthToken(AccountSidText, AuthToken), _api.BaseAddress) { MaxPages = 3 };
        var error = await Assert.ThrowsAsync<TwilioApiException>(() => new WebhookConfigurationClient(connection).ListConversationWebhooksAsync(Conversation));

        Assert.Equal(TwilioApiFailure.Paging, error.Failure);
        Assert.Contains("has more than 3 pages (MaxPages)", error.Message);
        Assert.Equal(3, _api.Received.Count);
    }

    [Fact]
    public async Task A_next_page_under_the_base_addresss_path_is_read_there()
    {
        var proxy = new Uri(_api.BaseAddress, "/proxy/");
        _api.Answer(200, Page(new Uri(proxy, "v1/Conversations/CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Webhooks?Page=1").ToString())).Answer(200, Page(null));
        var connection = new TwilioApiConnection(_http, TwilioCredentials.FromAuthToken(AccountSidText, AuthToken), proxy);

        await new WebhookConfigurationClient(connection).ListConversationWebhooksAsync(Conversation);

        Assert.Equal(new[] { ("/proxy" + ListPath, ""), ("/proxy" + ListPath, "?Page=1") }, _api.Received.Select(r => (r.Path, r.Query)));
    }
}
