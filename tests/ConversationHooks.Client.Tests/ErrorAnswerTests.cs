using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using static ConversationHooks.Client.Tests.Twilio;

namespace ConversationHooks.Client.Tests;

/// <summary>Twilio's error JSON, answers that cannot be read, and cancellation, over a plain HttpClient (no retries).</summary>
public sealed class ErrorAnswerTests : IAsyncLifetime
{
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

    [Fact]
    public async Task A_not_found_answer_carries_Twilios_code_message_more_info_and_status()
    {
        _api.Answer(404, Fixture("error-not-found"));

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => _client.FetchConversationWebhookAsync(Conversation, Webhook));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal(20404, error.Code);
        Assert.Equal("The requested resource /v1/Conversations/CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Webhooks/WHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa was not found", error.ErrorMessage);
        Assert.Equal("https://www.twilio.com/docs/errors/20404", error.MoreInfo);
        Assert.Contains("GET /v1/Conversations/CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Webhooks/WHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", error.Message);
    }

    [Fact]
    public async Task An_authentication_failure_names_neither_the_token_nor_the_authorization_header()
    {
        _api.Answer(401, Fixture("error-authenticate"));

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => _client.FetchAccountWebhookConfigurationAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal(20003, error.Code);
        Assert.Equal("Authenticate", error.ErrorMessage);
        var shown = error.ToString();
        Assert.DoesNotContain(AuthToken, shown);
        Assert.DoesNotContain(Basic(AccountSidText, AuthToken).Substring("Basic ".Length), shown);
    }

    [Fact]
    public async Task An_error_without_Twilios_JSON_keeps_the_status()
    {
        _api.Answer(502, "<html>Bad Gateway</html>");

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => _client.FetchAccountWebhookConfigurationAsync());

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Null(error.Code);
        Assert.Null(error.ErrorMessage);
        Assert.Contains("without its error JSON", error.Message);
    }

    [Fact]
    public async Task A_429_without_a_retrying_handler_is_a_TwilioApiException()
    {
        _api.Answer(429, "{\"code\": 20429, \"message\": \"Too Many Requests\", \"more_info\": \"https://www.twilio.com/docs/errors/20429\", \"status\": 429}", ("Retry-After", "1"));

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => _client.FetchAccountWebhookConfigurationAsync());

        Assert.Equal((HttpStatusCode)429, error.StatusCode);
        Assert.Equal(20429, error.Code);
    }

    [Fact]
    public async Task A_body_cut_short_is_a_TwilioApiException_that_says_so()
    {
        _api.AnswerCutShort(Fixture("account-webhook-fetch"));

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => _client.FetchAccountWebhookConfigurationAsync());

        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.Contains("ended before its body was complete", error.Message);
        Assert.NotNull(error.InnerException);
    }

    [Fact]
    public async Task A_success_answer_that_is_not_the_expected_JSON_is_a_TwilioApiException()
    {
        _api.Answer(200, "{\"account_sid\": 42}");

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => _client.FetchAccountWebhookConfigurationAsync());

        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.Contains("is not the JSON expected", error.Message);
    }

    [Fact]
    public async Task A_slow_answer_is_cancelled_by_the_token()
    {
        _api.AnswerNever();
        using var cancellation = new CancellationTokenSource();

        var call = _client.FetchAccountWebhookConfigurationAsync(cancellation.Token);
        await _api.StalledRequestArrived.Task;
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    [Fact]
    public async Task A_body_that_stalls_after_the_headers_is_cancelled_by_the_token()
    {
        _api.AnswerHeadersThenNever();
        using var cancellation = new CancellationTokenSource();

        var call = _client.FetchAccountWebhookConfigurationAsync(cancellation.Token);
        await _api.StalledRequestArrived.Task;
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }
}
