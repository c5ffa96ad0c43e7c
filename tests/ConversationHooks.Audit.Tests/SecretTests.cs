using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using static ConversationHooks.Audit.Tests.AuditRun;

namespace ConversationHooks.Audit.Tests;

/// <summary>No output of the audit shows a secret, whatever variable the environment holds it in.</summary>
public sealed class SecretTests
{
    private const string Token = "9f86d081884c7d659a2feaa0c55ad015";

    [Fact]
    public async Task Swapped_account_SID_and_token_exit_2_in_the_tool_process_without_showing_the_token()
    {
        var environment = new Dictionary<string, string?>(ProcessEnvironment()) { ["TWILIO_ACCOUNT_SID"] = Token, ["TWILIO_AUTH_TOKEN"] = AuditRun.AccountSid };

        var run = await ProcessAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "ConversationHooks.Tool.dll"), "audit", "--base-url", "http://127.0.0.1:9"], environment);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("TWILIO_ACCOUNT_SID: The value starting with '9f' (32 characters) is not a valid AccountSid", run.Error);
        Assert.DoesNotContain(Token.Substring(0, 3), run.Error + run.Output);
        Assert.DoesNotContain("(Parameter", run.Error);
    }

    [Fact]
    public async Task A_secret_in_TWILIO_API_KEY_is_not_shown()
    {
        var run = await RunAsync(new Dictionary<string, string?> { ["TWILIO_ACCOUNT_SID"] = AuditRun.AccountSid, ["TWILIO_API_KEY"] = Token, ["TWILIO_API_SECRET"] = "SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb" }, "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("TWILIO_API_KEY: The value starting with '9f'", run.Error);
        Assert.DoesNotContain(Token.Substring(0, 3), run.Error + run.Output);
    }

    [Fact]
    public async Task A_secret_that_reaches_any_message_is_hidden()
    {
        // A base URL that cannot be reached, whose host happens to be the token: the network error names the host.
        var run = await RunAsync(AuthTokenEnvironment(), "--base-url", $"https://{AuthToken}.invalid", "--timeout", "5");

        Assert.Equal(3, run.ExitCode);
        Assert.DoesNotContain(AuthToken, run.Error + run.Output);
    }
}
