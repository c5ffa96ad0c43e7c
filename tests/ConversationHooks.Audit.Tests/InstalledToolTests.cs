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
}
