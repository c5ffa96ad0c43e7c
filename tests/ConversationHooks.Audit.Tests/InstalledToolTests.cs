using System.Linq;
using System.Threading.Tasks;
using ConversationHooks.Client.Tests;
using static ConversationHooks.Audit.Tests.AuditRun;

namespace ConversationHooks.Audit.Tests;

/// <summary>The dotnet tool package installed from a feed and run by its command name, as the README says.</summary>
public sealed class InstalledToolTests(InstalledTool tool) : IClassFixture<InstalledTool>
{
    [Fact]
    public async Task The_installed_command_shows_its_options_and_exits_0()
    {
        var run = await ProcessAsync(tool.Command, ["audit", "--help"], ProcessEnvironment());

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Contains("--service", run.Output);
        Assert.Contains("--base-url", run.Output);
    }

    [Fact]
    public async Task The_installed_command_audits_Twilios_docs_example_and_exits_1()
    {
        await using var api = await FakeTwilioApi.StartAsync();
        api.Answer(200, Fixture("account-webhook-fetch")).Answer(200, Fixture("services-read-empty"));

        var run = await ProcessAsync(tool.Command, ["audit", "--base-url", api.BaseAddress.ToString()], ProcessEnvironment());

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Error));
        Assert.Contains("account: CWH001: 'onMessageSend' is not a Conversations webhook filter", run.Output);
    }

    [Fact]
    public async Task The_installed_command_lists_its_four_commands()
    {
        var run = await ProcessAsync(tool.Command, ["--help"], ProcessEnvironment());

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.All(new[] { "send <event>", "sign <url>", "events", "audit" }, command => Assert.Contains(command, run.Output));
    }

    [Fact]
    public async Task The_installed_command_sends_a_signed_event_Twilios_validator_accepts_and_exits_0()
    {
        await using var receiver = await FakeTwilioApi.StartAsync();
        receiver.Answer(200);
        var url = new System.Uri(receiver.BaseAddress, "/twilio/conversations").ToString();
        var environment = new System.Collections.Generic.Dictionary<string, string?>(ProcessEnvironment()) { ["TWILIO_AUTH_TOKEN"] = null, ["Twilio__AuthToken"] = "installed-receiver-token" };

        var run = await ProcessAsync(tool.Command, ["send", "onMessageAdded", "--to", url, "--set", "Body=from the installed tool"], environment);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal($"onMessageAdded POST {url}: 200 received", run.Output.Trim());
        var request = Assert.Single(receiver.Received);
        var form = WebhookForm.Parse(request.Body);
        Assert.Equal("from the installed tool", form.GetValue("Body"));
        Assert.True(new Twilio.Security.RequestValidator("installed-receiver-token").Validate(url, form.ToDictionary(p => p.Key, p => p.Value), request.TwilioSignature));
    }
}
