using System.Diagnostics;
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
        api.Answer(200, Fixture("account-webhook-fetch"));
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ConversationHooks.Audit.dll"));
        start.ArgumentList.Add("--base-url");
        start.ArgumentList.Add(api.BaseAddress.ToString());
        start.Environment["TWILIO_ACCOUNT_SID"] = AuditRun.AccountSid;
        start.Environment["TWILIO_AUTH_TOKEN"] = AuthToken;
        start.Environment.Remove("TWILIO_API_KEY");

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal((1, string.Empty), (process.ExitCode, error));
        Assert.Contains("account: CWH001: 'onMessageSend' is not a Conversations webhook filter", output);
    }
}
