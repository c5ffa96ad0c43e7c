using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConversationHooks.Client.Tests;

namespace ConversationHooks.Audit.Tests;

/// <summary>The tool run in-process through its entry point, or as a process: given arguments and environment, its exit code and both outputs.</summary>
internal sealed record AuditRun(int ExitCode, string Output, string Error)
{
    public const string AccountSid = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    public const string AuthToken = "audit-test-token-5b1e0c";

    public static Dictionary<string, string?> AuthTokenEnvironment() => new() { ["TWILIO_ACCOUNT_SID"] = AccountSid, ["TWILIO_AUTH_TOKEN"] = AuthToken };

    /// <summary>The variables a tool process gets: the auth token pair, and no API key pair from the machine's environment.</summary>
    public static Dictionary<string, string?> ProcessEnvironment()
        => new(AuthTokenEnvironment()) { ["TWILIO_API_KEY"] = null, ["TWILIO_API_SECRET"] = null };

    private static readonly TimeSpan ProcessBound = TimeSpan.FromMinutes(3);

    public static Task<AuditRun> AgainstAsync(FakeTwilioApi api, params string[] args)
        => RunAsync(AuthTokenEnvironment(), ["--base-url", api.BaseAddress.ToString(), .. args]);

    public static Task<AuditRun> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
        => ToolAsync(environment, [AuditCommand.Name, .. args]);

    /// <summary>Any command of the tool, in-process: <c>conversationhooks</c> <paramref name="args"/>.</summary>
    public static async Task<AuditRun> ToolAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await ToolCommand.RunAsync(args, name => environment.TryGetValue(name, out var value) ? value : null, output, error);
        return new AuditRun(code, output.ToString(), error.ToString());
    }

    /// <summary>
    /// Runs <paramref name="fileName"/> as a process: this process's environment with <paramref name="environment"/>
    /// over it (a null value removes a variable); its exit code and both outputs.
    /// </summary>
    public static async Task<AuditRun> ProcessAsync(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? string.Empty };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            // Bounded: a tool that hangs fails its test instead of hanging the run.
            await process.WaitForExitAsync().WaitAsync(ProcessBound);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not exit within {ProcessBound}.");
        }

        return new AuditRun(process.ExitCode, await output, await error);
    }

    /// <summary>The text of <paramref name="lines"/>, each ended as the console ends a line.</summary>
    public static string Lines(params string[] lines) => string.Concat(lines.Select(line => line + Environment.NewLine));

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "twilio-api", name + ".json"));
}
