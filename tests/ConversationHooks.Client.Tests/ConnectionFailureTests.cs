using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using static ConversationHooks.Client.Tests.Twilio;

namespace ConversationHooks.Client.Tests;

/// <summary>Every failure to get an answer is a TwilioApiException that says which kind, over a plain HttpClient.</summary>
public sealed class ConnectionFailureTests
{
    [Fact]
    public async Task A_refused_connection_is_a_TwilioApiException_of_kind_NoAnswer_with_the_cause_inside()
    {
        var api = await FakeTwilioApi.StartAsync();
        await api.DisposeAsync(); // nothing listens on its port any more
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => ClientOf(api, http).FetchAccountWebhookConfigurationAsync());

        Assert.Equal((TwilioApiFailure.NoAnswer, (HttpStatusCode?)null), (error.Failure, error.StatusCode));
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.StartsWith("No answer to GET /v1/Configuration/Webhooks: ", error.Message);
    }

    [Fact]
    public async Task The_HttpClients_timeout_is_a_TwilioApiException_of_kind_Timeout()
    {
        await using var api = await FakeTwilioApi.StartAsync();
        api.AnswerNever();
        using var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(300) };

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => ClientOf(api, http).FetchAccountWebhookConfigurationAsync());

        Assert.Equal(TwilioApiFailure.Timeout, error.Failure);
        Assert.StartsWith("No answer to GET /v1/Configuration/Webhooks in time", error.Message);
    }

    [Fact]
    public async Task A_body_that_stalls_after_the_headers_times_out_with_the_HttpClients_timeout()
    {
        await using var api = await FakeTwilioApi.StartAsync();
        api.AnswerHeadersThenNever();
        // Long enough for the headers to arrive on a loaded machine (a cold server's first answer took more
        // than 300 ms in CI, which made this a timeout without a status); the body never comes.
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => ClientOf(api, http).FetchAccountWebhookConfigurationAsync());

        Assert.Equal((TwilioApiFailure.Timeout, (HttpStatusCode?)HttpStatusCode.OK), (error.Failure, error.StatusCode));
        Assert.Equal("The answer to GET /v1/Configuration/Webhooks (200) did not complete its body in time.", error.Message);
    }

    [Fact]
    public async Task An_error_answer_is_of_kind_ErrorAnswer()
    {
        await using var api = await FakeTwilioApi.StartAsync();
        api.Answer(404, Fixture("error-not-found"));
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => ClientOf(api, http).FetchAccountWebhookConfigurationAsync());

        Assert.Equal((TwilioApiFailure.ErrorAnswer, HttpStatusCode.NotFound), (error.Failure, error.StatusCode));
    }

    [Fact]
    public async Task Every_call_names_the_package_and_its_version_in_the_User_Agent()
    {
        await using var api = await FakeTwilioApi.StartAsync();
        api.Answer(200, Fixture("account-webhook-fetch"));
        using var http = new HttpClient();

        await ClientOf(api, http).FetchAccountWebhookConfigurationAsync();

        Assert.Matches(@"^ConversationHooks/\d+\.\d+\.\d+\S*$", Assert.Single(api.Received).UserAgent);
    }

    [Fact]
    public async Task A_base_address_with_a_path_keeps_it_before_v1()
    {
        await using var api = await FakeTwilioApi.StartAsync();
        api.Answer(200, Fixture("account-webhook-fetch"));
        using var http = new HttpClient();
        var client = new WebhookConfigurationClient(new TwilioApiConnection(http, TwilioCredentials.FromAuthToken(AccountSidText, AuthToken), new Uri(api.BaseAddress, "/proxy/twilio/")));

        await client.FetchAccountWebhookConfigurationAsync();

        Assert.Equal("/proxy/twilio/v1/Configuration/Webhooks", Assert.Single(api.Received).Path);
    }

    [Fact]
    public void A_base_address_with_user_information_is_refused_without_showing_it()
    {
        using var http = new HttpClient();

        var error = Assert.Throws<ArgumentException>(() => new TwilioApiConnection(http, TwilioCredentials.FromAuthToken(AccountSidText, AuthToken), new Uri("https://user:hunter2@proxy.example.com/")));

        Assert.DoesNotContain("hunter2", error.Message);
    }

    [Theory]
    [InlineData(null, null, "https://conversations.twilio.com/")]
    [InlineData("ie1", "dublin", "https://conversations.dublin.ie1.twilio.com/")]
    [InlineData(null, "sydney", "https://conversations.sydney.us1.twilio.com/")]
    [InlineData("au1", null, "https://conversations.au1.twilio.com/")]
    public void A_region_and_edge_make_the_regional_base_address(string? region, string? edge, string expected)
        => Assert.Equal(expected, TwilioApiConnection.RegionalBaseAddress(region, edge).ToString());
}
