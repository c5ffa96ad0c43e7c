using System.IO;
using System.Linq;
using System.Reflection;

namespace ConversationHooks.Tests;

/// <summary>
/// Paths inside the repository, from the root MSBuild recorded in the test assembly.
/// <c>[CallerFilePath]</c> cannot serve: CI builds (<c>CI=true</c>) are ContinuousIntegrationBuild
/// ones, whose path map rewrites every source path to <c>/_/</c>.
/// </summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The project's home as MSBuild's <c>RepositoryUrl</c> says it (Directory.Build.props).</summary>
    public static string Url { get; } = Recorded("ConversationHooks.RepositoryUrl")
        ?? throw new InvalidOperationException("The test assembly records no RepositoryUrl.");

    public static string PathOf(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());

    private static string FindRoot()
    {
        var recorded = Recorded("ConversationHooks.RepositoryRoot");
        if (recorded is null || !File.Exists(Path.Combine(recorded, "ConversationHooks.sln")))
        {
            throw new DirectoryNotFoundException(
                $"The test assembly records the repository root '{recorded}', which holds no ConversationHooks.sln.");
        }

        return Path.GetFullPath(recorded);
    }

    private static string? Recorded(string key)
        => typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value;
}
