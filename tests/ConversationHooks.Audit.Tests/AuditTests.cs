using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using ConversationHooks.Client.Tests;
using static ConversationHooks.Audit.Tests.AuditRun;

namespace ConversationHooks.Audit.Tests;

/// <summary>The audit tool end to end against the Kestrel stand-in for Twilio's Configuration API, run through its entry point.</summary>
public sealed class AuditTests : IAsyncLifetime
{
    private const string Service = "ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private const string Conversation = "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private FakeTwilioApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeTwilioApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private static string WithField(string fixture, string field, string? value)
    {
        var json = JsonNode.Parse(Fixture(fixture))!;
        json[field] = value;
        return json.ToJsonString();
    }

    [Fact]
    public async Task A_clean_configuration_exits_0_after_reading_account_service_and_conversation()
    {
        _api.Answer(200, Fixture("account-webhook-update")).Answer(200, Fixture("service-webhook-fetch")).Answer(200, Fixture("conversation-webhooks-read-empty"));

        var run = await AgainstAsync(_api, "--service", Service, "--conversation", Conversation);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal("0 findings in 2 webhook configurations." + Environment.NewLine, run.Output);
        Assert.Equal(
            new[] { "/v1/Configuration/Webhooks", $"/v1/Services/{Service}/Configuration/Webhooks", $"/v1/Conversations/{Conversation}/Webhooks" },
            _api.Received.Select(r => r.Path));
    }

    [Fact]
    public async Task Twilios_docs_example_with_onMessageSend_exits_1_with_CWH001s_words()
    {
        _api.Answer(200, Fixture("account-webhook-fetch"));

        var run = await AgainstAsync(_api);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            "account: CWH001: 'onMessageSend' is not a Conversations webhook filter; did you mean 'onMessageAdd' or 'onMessageAdded'?" + Environment.NewLine
            + "1 finding in 1 webhook configuration." + Environment.NewLine,
            run.Output);
    }

    [Fact]
    public async Task The_json_report_names_each_findings_id_resource_value_message_and_help_link()
    {
        _api.Answer(200, Fixture("account-webhook-fetch"));

        var run = await AgainstAsync(_api, "--json");

        Assert.Equal(1, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        Assert.Equal(new[] { "account" }, report.RootElement.GetProperty("audited").EnumerateArray().Select(a => a.GetString()));
        var finding = Assert.Single(report.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("CWH001", finding.GetProperty("id").GetString());
        Assert.Equal("account", finding.GetProperty("resource").GetString());
        Assert.Equal("onMessageSend", finding.GetProperty("value").GetString());
        Assert.StartsWith("'onMessageSend' is not a Conversations webhook filter", finding.GetProperty("message").GetString());
        Assert.EndsWith("/docs/diagnostics/CWH001.md", finding.GetProperty("helpLink").GetString());
    }

    [Fact]
    public async Task Conversation_webhooks_are_found_by_their_SIDs_and_a_triggers_keywords_are_not_filters()
    {
        _api.Answer(200, Fixture("account-webhook-update")).Answer(200, Fixture("conversation-webhooks-read"));

        var run = await AgainstAsync(_api, "--json", "--conversation", $"{Service}/{Conversation}");

        using var report = JsonDocument.Parse(run.Output);
        var findings = report.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("id").GetString()!, f.GetProperty("resource").GetString()!, f.GetProperty("value").GetString()!));
        var webhook = $"service {Service} conversation {Conversation} webhook WHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        Assert.Equal(new[] { ("CWH001", webhook, "onMessageSent"), ("CWH001", webhook, "onConversationDestroyed") }, findings);
        Assert.Equal($"/v1/Services/{Service}/Conversations/{Conversation}/Webhooks", _api.Received[1].Path);
    }

    [Fact]
    public async Task A_pre_action_filter_without_a_pre_event_URL_is_CWH009()
    {
        _api.Answer(200, Fixture("account-webhook-update")).Answer(200, WithField("service-webhook-fetch", "pre_webhook_url", null));

        var run = await AgainstAsync(_api, "--service", Service);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"service {Service}: CWH009: 'onMessageRemove' is a pre-action event, but this service configuration has no pre-event URL to send it to", run.Output);
        Assert.Contains($"service {Service}: CWH009: 'onParticipantAdd'", run.Output);
    }

    [Fact]
    public async Task A_method_out_of_place_is_CWH005()
    {
        _api.Answer(200, WithField("account-webhook-update", "method", "PUT"));

        var run = await AgainstAsync(_api);

        Assert.Contains("account: CWH005: 'PUT' is not a webhook method at account scope; expected 'GET', 'POST'", run.Output);
    }

    [Fact]
    public async Task Missing_credentials_exit_2_naming_the_variables_before_any_request()
    {
        var run = await RunAsync(new Dictionary<string, string?>(), "--base-url", _api.BaseAddress.ToString());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("set TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN", run.Error);
        Assert.Empty(_api.Received);
    }

    [Fact]
    public async Task An_API_error_exits_3_with_Twilios_message_and_not_the_token()
    {
        _api.Answer(401, Fixture("error-authenticate"));

        var run = await AgainstAsync(_api);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("Authenticate (error 20003", run.Error);
        Assert.DoesNotContain(AuthToken, run.Error + run.Output);
    }

    [Theory]
    [InlineData("--auth-token", "0123456789abcdef0123456789abcdef")]
    [InlineData("--api-secret", "0123456789abcdef0123456789abcdef")]
    [InlineData("TWILIO_AUTH_TOKEN=0123456789abcdef0123456789abcdef", "")]
    public async Task A_credential_passed_as_an_argument_is_refused_with_exit_2_and_not_repeated(string option, string value)
    {
        var run = await AgainstAsync(_api, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("credentials are never taken from the command line", run.Error);
        Assert.DoesNotContain("0123456789abcdef0123456789abcdef", run.Error + run.Output);
        Assert.Empty(_api.Received);
    }

    [Fact]
    public async Task A_malformed_conversation_SID_is_a_usage_error()
    {
        var run = await AgainstAsync(_api, "--conversation", "CH123");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("CH123", run.Error);
        Assert.Empty(_api.Received);
    }
}
