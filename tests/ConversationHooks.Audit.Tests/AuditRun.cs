using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using ConversationHooks.Audit;
using ConversationHooks.Client.Tests;

namespace ConversationHooks.Audit.Tests;

/// <summary>The tool run in-process through its entry point: given arguments and environment, its exit code and both outputs.</summary>
internal sealed record AuditRun(int ExitCode, string Output, string Error)
{
    public const string AccountSid = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    public const string AuthToken = "audit-test-token-5b1e0c";

    public static Dictionary<string, string?> AuthTokenEnvironment() => new() { ["TWILIO_ACCOUNT_SID"] = AccountSid, ["TWILIO_AUTH_TOKEN"] = AuthToken };

    public static Task<AuditRun> AgainstAsync(FakeTwilioApi api, params string[] args)
        => RunAsync(AuthTokenEnvironment(), ["--base-url", api.BaseAddress.ToString(), .. args]);

    public static async Task<AuditRun> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await AuditCommand.RunAsync(args, name => environment.TryGetValue(name, out var value) ? value : null, output, error);
        return new AuditRun(code, output.ToString(), error.ToString());
    }

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "twilio-api", name + ".json"));
}
