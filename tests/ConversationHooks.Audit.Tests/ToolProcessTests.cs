using System.IO;
using System.Threading.Tasks;
using ConversationHooks.Client.Tests;
using static ConversationHooks.Audit.Tests.AuditRun;

namespace ConversationHooks.Audit.Tests;

/// <summary>The built tool as a real process: its own Main, environment and console.</summary>
public sealed class ToolProcessTests
{
    [Fact]
    public async Task The_built_tool_reads_the_environment_and_exits_1_on_Twilios_docs_example()
    {
        await using var api = await FakeTwilioApi.StartAsync();
        api.Answer(200, Fixture("account-webhook-fetch")).Answer(200, Fixture("services-read-empty"));

        var run = await ProcessAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "ConversationHooks.Tool.dll"), "audit", "--base-url", api.BaseAddress.ToString()], ProcessEnvironment());

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Error));
        Assert.Contains("account: CWH001: 'onMessageSend' is not a Conversations webhook filter", run.Output);
    }
}
