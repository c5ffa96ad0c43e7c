using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConversationHooks.Tests;

namespace ConversationHooks.Package.Tests;

/// <summary>
/// The real packages (ConversationHooks and those built on it), packed once per test run into a
/// private feed with a version of their own, so no consumer can pick up a stale copy from the NuGet cache.
/// </summary>
public sealed class PackedPackage
{
    /// <summary>Each package of the repository: its id and the project that packs it (importing src/PackageMetadata.props).</summary>
    public static readonly (string Id, string Project)[] Packages =
    {
        ("ConversationHooks", "src/Package/ConversationHooks.Package.csproj"),
        ("ConversationHooks.DependencyInjection", "src/DependencyInjection/ConversationHooks.DependencyInjection.csproj"),
        ("ConversationHooks.AspNetCore", "src/AspNetCore/ConversationHooks.AspNetCore.csproj"),
        ("ConversationHooks.AspNetCore.Redis", "src/AspNetCore.Redis/ConversationHooks.AspNetCore.Redis.csproj"),
    };

    private static readonly Lazy<Task<PackedPackage>> Instance = new(PackAsync);

    private PackedPackage(string feed, string version)
    {
        Feed = feed;
        Version = version;
    }

    /// <summary>Every warning line the packing printed (MSBuild repeats them in its summary: kept once each).</summary>
    public List<string> PackWarnings { get; } = new();

    public string Feed { get; }

    public string Version { get; }

    public static Task<PackedPackage> GetAsync() => Instance.Value;

    /// <summary>The path of package <paramref name="id"/>'s .nupkg in the feed.</summary>
    public string PathOf(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    /// <summary>A PackageReference item to package <paramref name="id"/> at the packed version.</summary>
    public string Reference(string id) => $"<PackageReference Include=\"{id}\" Version=\"{Version}\" />";

    private static async Task<PackedPackage> PackAsync()
    {
        var version = $"0.0.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        var feed = Path.Combine(Path.GetTempPath(), "conversationhooks-package-tests", version, "feed");
        Directory.CreateDirectory(feed);
        var packed = new PackedPackage(feed, version);
        // One project at a time: they share the runtime's build output.
        foreach (var (id, project) in Packages)
        {
            var result = await DotNet.RunAsync(Repository.Root, "pack", project, "-c", "Release", "-o", feed, $"-p:Version={version}");
            if (result.ExitCode != 0 || !File.Exists(packed.PathOf(id)))
            {
                throw new InvalidOperationException($"dotnet pack {project} failed:\n" + result.Output);
            }

            packed.PackWarnings.AddRange(result.Output.Split('\n').Select(line => line.Trim()).Where(line => line.Contains(": warning ", StringComparison.Ordinal)).Distinct().Except(packed.PackWarnings).ToList());
        }

        return packed;
    }
}
