using System.IO;
using System.Threading.Tasks;
using ConversationHooks.Tests;

namespace ConversationHooks.Package.Tests;

/// <summary>
/// The real packages (ConversationHooks and ConversationHooks.AspNetCore), packed once per test run into a
/// private feed with a version of their own, so no consumer can pick up a stale copy from the NuGet cache.
/// </summary>
public sealed class PackedPackage
{
    /// <summary>Each package of the repository: its id and the project that packs it.</summary>
    private static readonly (string Id, string Project)[] Packages =
    {
        ("ConversationHooks", "src/Package/ConversationHooks.Package.csproj"),
        ("ConversationHooks.AspNetCore", "src/AspNetCore/ConversationHooks.AspNetCore.csproj"),
    };

    private static readonly Lazy<Task<PackedPackage>> Instance = new(PackAsync);

    private PackedPackage(string feed, string version)
    {
        Feed = feed;
        Version = version;
    }

    public string Feed { get; }

    public string Version { get; }

    public static Task<PackedPackage> GetAsync() => Instance.Value;

    /// <summary>The path of package <paramref name="id"/>'s .nupkg in the feed.</summary>
    public string PathOf(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");


    private static async Task<PackedPackage> PackAsync()
    {
        var version = $"0.0.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        var feed = Path.Combine(Path.GetTempPath(), "conversationhooks-package-tests", version, "feed");
        Directory.CreateDirectory(feed);
        // One project at a time: they share the runtime's build output.
        foreach (var (id, project) in Packages)
        {
            var result = await DotNet.RunAsync(Repository.Root, "pack", project, "-c", "Release", "-o", feed, $"-p:Version={version}");
            if (result.ExitCode != 0 || !File.Exists(Path.Combine(feed, $"{id}.{version}.nupkg")))
            {
                throw new InvalidOperationException($"dotnet pack {project} failed:\n" + result.Output);
            }
        }

        return new PackedPackage(feed, version);
    }
}
