using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using ConversationHooks.Client.Tests;
using static ConversationHooks.Audit.Tests.AuditRun;

namespace ConversationHooks.Audit.Tests;

/// <summary>
/// When the audit cannot get an answer it exits 3 with a message, after reporting what it found before; --json
/// always prints a document; live values cannot forge report lines; a cleartext base URL is warned about.
/// </summary>
public sealed class FailureReportTests : IAsyncLifetime
{
    private const string Conversation = "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private const string DocsFinding = "account: CWH001: 'onMessageSend' is not a Conversations webhook filter; did you mean 'onMessageAdd' or 'onMessageAdded'?";
    private FakeTwilioApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeTwilioApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_timeout_exits_3_naming_it_after_printing_the_findings_made_before()
    {
        _api.Answer(200, Fixture("account-webhook-fetch")).AnswerNever();

        var run = await AgainstAsync(_api, "--timeout", "0.5");

        Assert.Equal(3, run.ExitCode);
        Assert.Equal(Lines(DocsFinding, "1 finding in 1 webhook configuration:", "  account"), run.Output);
        Assert.StartsWith("No answer to GET /v1/Services?PageSize=100 in time", run.Error);
    }

    [Fact]
    public async Task A_404_on_a_named_conversation_exits_3_after_the_findings_of_the_account()
    {
        _api.Answer(200, Fixture("account-webhook-fetch")).Answer(200, Fixture("services-read-empty")).Answer(404, Fixture("error-not-found"));

        var run = await AgainstAsync(_api, "--conversation", Conversation);

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith(DocsFinding, run.Output);
        Assert.Contains("Twilio answered 404 (NotFound) to GET /v1/Conversations/" + Conversation + "/Webhooks", run.Error);
    }

    [Fact]
    public async Task With_json_an_error_is_a_document_with_an_error_member_and_the_findings_made_before()
    {
        _api.Answer(200, Fixture("account-webhook-fetch")).Answer(503);

        var run = await AgainstAsync(_api, "--json");

        Assert.Equal(3, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        Assert.StartsWith("Twilio answered 503 (ServiceUnavailable) to GET /v1/Services", report.RootElement.GetProperty("error").GetString());
        Assert.Equal("CWH001", Assert.Single(report.RootElement.GetProperty("findings").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task With_json_a_credential_error_is_a_document_too()
    {
        var run = await RunAsync(new Dictionary<string, string?>(), "--json", "--base-url", _api.BaseAddress.ToString());

        Assert.Equal(2, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        Assert.StartsWith("No Twilio credentials", report.RootElement.GetProperty("error").GetString());
        Assert.Empty(report.RootElement.GetProperty("findings").EnumerateArray());
    }

    [Fact]
    public async Task The_json_report_keeps_apostrophes_as_they_are()
    {
        _api.Answer(200, Fixture("account-webhook-fetch")).Answer(200, Fixture("services-read-empty"));

        var run = await AgainstAsync(_api, "--json");

        Assert.Contains("\"message\": \"'onMessageSend' is not a Conversations webhook filter", run.Output);
        Assert.DoesNotContain("\\u0027", run.Output);
    }

    [Fact]
    public async Task Control_characters_in_live_values_are_escaped_so_they_cannot_forge_report_lines()
    {
        var account = JsonNode.Parse(Fixture("account-webhook-fetch"))!;
        account["filters"] = new JsonArray("onMessageSend\naccount: all clear\u001b[2K", "onMessageAdded");
        _api.Answer(200, account.ToJsonString()).Answer(200, Fixture("services-read-empty"));

        var run = await AgainstAsync(_api);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(3, run.Output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("'onMessageSend\\naccount: all clear\\u001B[2K' is not a Conversations webhook filter", run.Output);
        Assert.DoesNotContain('\u001b', run.Output);
    }

    [Fact]
    public async Task A_plain_http_base_URL_off_this_machine_is_warned_about()
    {
        using var handler = new FixtureHandler(Fixture("account-webhook-update"), Fixture("services-read-empty"));
        var output = new System.IO.StringWriter();
        var error = new System.IO.StringWriter();

        var code = await ToolCommand.RunAsync([AuditCommand.Name, "--base-url", "http://twilio-proxy.example.com"], name => AuthTokenEnvironment().GetValueOrDefault(name), output, error, handler);

        Assert.Equal(0, code);
        Assert.StartsWith("warning: --base-url http://twilio-proxy.example.com is plain http: the credentials (HTTP Basic)", error.ToString());
    }

    [Fact]
    public async Task The_apps_configuration_keys_as_environment_variables_are_credentials_too()
    {
        _api.Answer(200, Fixture("account-webhook-update")).Answer(200, Fixture("services-read-empty"));

        var run = await RunAsync(new Dictionary<string, string?> { ["Twilio__AccountSid"] = AuditRun.AccountSid, ["Twilio__AuthToken"] = AuthToken }, "--base-url", _api.BaseAddress.ToString());

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(AuditRun.AccountSid + ":" + AuthToken)), _api.Received[0].Authorization);
    }

    /// <summary>Answers each request with the next JSON body, with no network at all.</summary>
    private sealed class FixtureHandler(params string[] bodies) : HttpMessageHandler
    {
        private readonly Queue<string> _bodies = new(bodies);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(_bodies.Dequeue(), Encoding.UTF8, "application/json") });
    }
}
