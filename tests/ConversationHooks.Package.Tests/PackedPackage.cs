using System.IO;
using System.Threading.Tasks;
using ConversationHooks.Tests;

namespace ConversationHooks.Package.Tests;

/// <summary>
/// The real ConversationHooks.nupkg, packed once per test run into a private feed with a version
/// of its own, so no consumer can pick up a stale copy from the NuGet cache.
/// </summary>
public sealed class PackedPackage
{
    private static readonly Lazy<Task<PackedPackage>> Instance = new(PackAsync);

    private PackedPackage(string feed, string version)
    {
        Feed = feed;
        Version = version;
    }

    public string Feed { get; }

    public string Version { get; }

    public static Task<PackedPackage> GetAsync() => Instance.Value;


    private static async Task<PackedPackage> PackAsync()
    {
        var version = $"0.0.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        var feed = Path.Combine(Path.GetTempPath(), "conversationhooks-package-tests", version, "feed");
        Directory.CreateDirectory(feed);
        var result = await DotNet.RunAsync(Repository.Root, "pack", "src/Package/ConversationHooks.Package.csproj", "-c", "Release", "-o", feed, $"-p:Version={version}");
        if (result.ExitCode != 0 || !File.Exists(Path.Combine(feed, $"ConversationHooks.{version}.nupkg")))
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + result.Output);
        }

        return new PackedPackage(feed, version);
    }
}
