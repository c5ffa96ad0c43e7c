using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using ConversationHooks.Client.Tests;
using static ConversationHooks.Audit.Tests.AuditRun;

namespace ConversationHooks.Audit.Tests;

/// <summary>
/// Without <c>--service</c> the audit lists the account's Conversation Services (every page of <c>GET /v1/Services</c>)
/// and audits each one's webhook configuration; <c>--service</c> restricts it to the named ones.
/// </summary>
public sealed class EveryServiceTests : IAsyncLifetime
{
    private const string Home = "ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private const string Unnamed = "ISbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    private FakeTwilioApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeTwilioApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private FakeTwilioApi AnswerAccountAndTwoServicePages()
        => _api.Answer(200, Fixture("account-webhook-update")).Answer(200, Fixture("services-read-page-1")).Answer(200, Fixture("services-read-page-2"));

    [Fact]
    public async Task Every_service_on_every_page_of_the_account_is_listed_and_audited()
    {
        AnswerAccountAndTwoServicePages().Answer(200, Fixture("service-webhook-fetch")).Answer(200, Fixture("service-webhook-fetch-empty"));

        var run = await AgainstAsync(_api);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(Lines("0 findings in 3 webhook configurations:", "  account", $"  service {Home} (Home Service)", $"  service {Unnamed}"), run.Output);
        Assert.Equal(
            new[]
            {
                ("/v1/Configuration/Webhooks", ""),
                ("/v1/Services", "?PageSize=100"),
                ("/v1/Services", $"?PageSize=1&Page=1&PageToken=PT{Home}"),
                ($"/v1/Services/{Home}/Configuration/Webhooks", ""),
                ($"/v1/Services/{Unnamed}/Configuration/Webhooks", ""),
            },
            _api.Received.Select(r => (r.Path, r.Query)));
    }

    [Fact]
    public async Task A_finding_in_a_service_from_the_second_page_exits_1_naming_that_service()
    {
        AnswerAccountAndTwoServicePages().Answer(200, Fixture("service-webhook-fetch")).Answer(200, Fixture("account-webhook-fetch"));

        var run = await AgainstAsync(_api);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"service {Unnamed}: CWH001: 'onMessageSend' is not a Conversations webhook filter", run.Output);
    }

    [Fact]
    public async Task The_json_report_names_each_listed_service_by_sid_and_friendly_name()
    {
        AnswerAccountAndTwoServicePages().Answer(200, Fixture("service-webhook-fetch")).Answer(200, Fixture("service-webhook-fetch-empty"));

        var run = await AgainstAsync(_api, "--json");

        using var report = JsonDocument.Parse(run.Output);
        Assert.Equal(
            new[] { (Home, "Home Service"), (Unnamed, (string?)null) },
            report.RootElement.GetProperty("services").EnumerateArray().Select(s => (s.GetProperty("sid").GetString()!, s.GetProperty("friendlyName").GetString())));
        Assert.Equal(
            new[] { "account", $"service {Home} (Home Service)", $"service {Unnamed}" },
            report.RootElement.GetProperty("audited").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task A_friendly_name_with_a_line_break_stays_on_its_services_line()
    {
        _api.Answer(200, Fixture("account-webhook-update"))
            .Answer(200, Fixture("services-read-page-2").Replace("\"friendly_name\": null", "\"friendly_name\": \"Support\\nCWH000: forged\""))
            .Answer(200, Fixture("account-webhook-fetch"));

        var run = await AgainstAsync(_api);

        Assert.StartsWith($"service {Unnamed} (Support\\nCWH000: forged): CWH001: 'onMessageSend'", run.Output);
        Assert.EndsWith(Lines($"  service {Unnamed} (Support\\nCWH000: forged)"), run.Output);
    }

    [Fact]
    public async Task Named_services_are_audited_alone_without_listing_the_accounts()
    {
        _api.Answer(200, Fixture("account-webhook-update")).Answer(200, Fixture("service-webhook-fetch"));

        var run = await AgainstAsync(_api, "--service", Unnamed);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(new[] { "/v1/Configuration/Webhooks", $"/v1/Services/{Unnamed}/Configuration/Webhooks" }, _api.Received.Select(r => r.Path));
    }

    [Fact]
    public async Task An_error_while_listing_services_exits_3_with_Twilios_message_after_reporting_the_account()
    {
        _api.Answer(200, Fixture("account-webhook-update")).Answer(200, Fixture("services-read-page-1")).Answer(404, Fixture("error-not-found"));

        var run = await AgainstAsync(_api);

        Assert.Equal((3, Lines("0 findings in 1 webhook configuration:", "  account")), (run.ExitCode, run.Output));
        Assert.Contains("GET /v1/Services?PageSize=1&Page=1", run.Error);
        Assert.Equal(3, _api.Received.Count);
    }

    [Fact]
    public async Task A_listed_service_whose_sid_is_not_a_service_SID_exits_3_naming_the_list()
    {
        _api.Answer(200, Fixture("account-webhook-update")).Answer(200, Fixture("services-read-page-2").Replace(Unnamed, "CHbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"));

        var run = await AgainstAsync(_api);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("The answer to GET /v1/Services?PageSize=100 (200) is not the JSON expected", run.Error);
        Assert.Contains("CHbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", run.Error);
    }
}
