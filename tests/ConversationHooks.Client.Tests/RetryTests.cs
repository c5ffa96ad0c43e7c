using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Polly;
using static ConversationHooks.Client.Tests.Twilio;

namespace ConversationHooks.Client.Tests;

/// <summary>The client as DI builds it (AddTwilioApiConnection: IHttpClientFactory + the resilience handler) against faults.</summary>
public sealed class RetryTests : IAsyncLifetime
{
    private FakeTwilioApi _api = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync() => _api = await FakeTwilioApi.StartAsync();

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _api.DisposeAsync();
    }

    private readonly CapturedLogs _logs = new();

    private WebhookConfigurationClient Client(TimeSpan retryDelay, TimeSpan? attemptTimeout = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs));
        services.AddTwilioApiConnection(TwilioCredentials.FromAuthToken(AccountSidText, AuthToken), o =>
            {
                o.Retry.Delay = retryDelay;
                o.Retry.BackoffType = DelayBackoffType.Constant;
                o.Retry.UseJitter = false;
                o.AttemptTimeout.Timeout = attemptTimeout ?? o.AttemptTimeout.Timeout;
            })
            .ConfigureHttpClient(c => c.BaseAddress = _api.BaseAddress);
        services.AddTransient<WebhookConfigurationClient>();
        _services = services.BuildServiceProvider();
        return _services.GetRequiredService<WebhookConfigurationClient>();
    }

    private const string TooManyRequests = "{\"code\": 20429, \"message\": \"Too Many Requests\", \"more_info\": \"https://www.twilio.com/docs/errors/20429\", \"status\": 429}";

    [Fact]
    public async Task A_429_is_retried_after_its_Retry_After_not_the_configured_delay()
    {
        // The configured delay (an hour) is longer than the handler's total timeout (30 s): only a
        // retry that waits Retry-After (1 s) instead can reach the second answer.
        var client = Client(TimeSpan.FromHours(1));
        _api.Answer(429, TooManyRequests, ("Retry-After", "1")).Answer(200, Fixture("account-webhook-fetch"));

        var configuration = await client.FetchAccountWebhookConfigurationAsync();

        Assert.Equal(2, _api.Received.Count);
        Assert.Equal(AccountSidText, configuration.AccountSid!.Value.Value);
    }

    [Fact]
    public async Task A_429_on_a_POST_is_retried_with_the_same_form()
    {
        var client = Client(TimeSpan.FromHours(1));
        _api.Answer(429, TooManyRequests, ("Retry-After", "1")).Answer(200, Fixture("account-webhook-update"));

        await client.UpdateAccountWebhookConfigurationAsync(new AccountWebhookUpdateRequest(filters: new WebhookFilterValue[] { WebhookFilter.OnConversationUpdated }));

        Assert.Equal(new[] { "Filters=onConversationUpdated", "Filters=onConversationUpdated" }, _api.Received.Select(r => r.Body));
    }

    [Fact]
    public async Task A_500_then_success_on_a_fetch_answers_the_success()
    {
        var client = Client(TimeSpan.Zero);
        _api.Answer(500).Answer(200, Fixture("service-webhook-fetch"));

        var configuration = await client.FetchServiceWebhookConfigurationAsync(Service);

        Assert.Equal(2, _api.Received.Count);
        Assert.Equal(Service, configuration.ChatServiceSid);
    }

    [Fact]
    public async Task A_500_on_a_create_is_not_sent_again()
    {
        var client = Client(TimeSpan.Zero);
        _api.Answer(500).Answer(201, Fixture("conversation-webhook-create"));

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => client.CreateConversationWebhookAsync(Conversation, new ConversationWebhookCreateRequest(ConversationWebhookTarget.Webhook, configurationUrl: "https://example.com")));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Single(_api.Received);
    }

    [Fact]
    public async Task The_factorys_logs_show_the_Authorization_header_redacted()
    {
        // The factory's default redaction, kept: a registration that narrowed it would show the secret.
        var client = Client(TimeSpan.Zero);
        _api.Answer(200, Fixture("account-webhook-fetch"));

        await client.FetchAccountWebhookConfigurationAsync();

        Assert.Contains("Authorization: *", _logs.Text);
        Assert.DoesNotContain(Basic(AccountSidText, AuthToken).Substring("Basic ".Length), _logs.Text);
    }

    [Fact]
    public async Task Retries_stop_at_the_attempt_limit_with_the_last_answer()
    {
        var client = Client(TimeSpan.Zero);
        _api.Answer(503).Answer(503).Answer(503).Answer(503);

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => client.DeleteConversationWebhookAsync(Conversation, Webhook));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(4, _api.Received.Count); // the first attempt and the standard handler's 3 retries
    }

    [Fact]
    public async Task A_DELETE_retried_after_a_503_that_then_finds_nothing_counts_as_done()
    {
        // The first attempt deleted the webhook but its answer was lost (503 from a proxy): the retry finds nothing.
        var client = Client(TimeSpan.Zero);
        _api.Answer(503).Answer(404, Fixture("error-not-found"));

        await client.DeleteConversationWebhookAsync(Conversation, Webhook);

        Assert.Equal(new[] { "DELETE", "DELETE" }, _api.Received.Select(r => r.Method));
    }

    [Fact]
    public async Task A_DELETE_that_finds_nothing_at_its_first_attempt_is_Twilios_404()
    {
        var client = Client(TimeSpan.Zero);
        _api.Answer(404, Fixture("error-not-found"));

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => client.DeleteConversationWebhookAsync(Conversation, Webhook));

        Assert.Equal((TwilioApiFailure.ErrorAnswer, HttpStatusCode.NotFound), (error.Failure, error.StatusCode));
    }

    [Fact]
    public async Task A_503_on_an_update_POST_is_retried_with_the_same_form()
    {
        var client = Client(TimeSpan.Zero);
        _api.Answer(503).Answer(200, Fixture("account-webhook-update"));

        await client.UpdateAccountWebhookConfigurationAsync(new AccountWebhookUpdateRequest(filters: new WebhookFilterValue[] { WebhookFilter.OnConversationUpdated }));

        Assert.Equal(new[] { ("POST", "Filters=onConversationUpdated"), ("POST", "Filters=onConversationUpdated") }, _api.Received.Select(r => (r.Method, r.Body)));
    }

    [Fact]
    public async Task An_attempt_timeout_of_the_resilience_handler_is_a_TwilioApiException_of_kind_Timeout()
    {
        // Each attempt must reach the stand-in before it times out, also on a loaded machine: 1 s, not less.
        var client = Client(TimeSpan.Zero, attemptTimeout: TimeSpan.FromSeconds(1));
        _api.AnswerNever().AnswerNever().AnswerNever().AnswerNever();

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => client.FetchAccountWebhookConfigurationAsync());

        Assert.Equal((TwilioApiFailure.Timeout, (HttpStatusCode?)null), (error.Failure, error.StatusCode));
        Assert.IsType<TimeoutException>(error.InnerException);
        Assert.Equal(4, _api.Received.Count); // a fetch may run twice: every attempt timed out
    }
}
