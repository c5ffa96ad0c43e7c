using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using ConversationHooks.Tests;
using static ConversationHooks.Audit.Tests.AuditRun;

namespace ConversationHooks.Audit.Tests;

/// <summary>
/// The tool package as a user gets it: tools/ConversationHooks.Tool packed (from the build this test run already made) into a private
/// feed with a version of its own, then <c>dotnet tool install --tool-path</c> from that feed alone, so nothing comes
/// from the network or from a stale copy in a cache.
/// </summary>
public sealed class InstalledTool : IAsyncLifetime
{
    private const string PackageId = "ConversationHooks.Tool";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "conversationhooks-tool-tests", $"{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}");

    /// <summary>The installed command, <c>conversationhooks</c> in the tool path.</summary>
    public string Command => Path.Combine(_root, "tools", "conversationhooks");

    public async Task InitializeAsync()
    {
        var version = $"0.0.0-test.{Path.GetFileName(_root)}";
        var feed = Path.Combine(_root, "feed");
        // --no-build (and so no restore): packing only reads the tool's build output, so it races no build that
        // runs beside this test. The publish folder and nuspec go to the temp folder, not into the tree.
        await DotNetAsync(Repository.Root, "pack", Repository.PathOf("tools", "ConversationHooks.Tool", "ConversationHooks.Tool.csproj"), "--no-build",
            "-c", BuildConfiguration, "-o", feed, $"-p:Version={version}", $"-p:PublishDir={Path.Combine(_root, "publish")}/", $"-p:NuspecOutputPath={Path.Combine(_root, "nuspec")}/");
        var config = Path.Combine(_root, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="audit-tests" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        await DotNetAsync(_root, "tool", "install", PackageId, "--version", version, "--tool-path", Path.Combine(_root, "tools"), "--configfile", config);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }

    private static string BuildConfiguration { get; } = typeof(InstalledTool).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ConversationHooks.Audit.Tests.Configuration").Value!;

    private static async Task DotNetAsync(string workingDirectory, params string[] arguments)
    {
        // The pack and the install are commands of their own, not children of the test run's build.
        var run = await ProcessAsync("dotnet", arguments, new Dictionary<string, string?> { ["MSBuildExtensionsPath"] = null, ["MSBUILD_EXE_PATH"] = null, ["MSBuildSDKsPath"] = null }, workingDirectory);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} exited {run.ExitCode}:\n{run.Output}{run.Error}");
        }
    }
}
