using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using ConversationHooks.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using ConversationHooks.Tests;

namespace ConversationHooks.Generator.Tests;

/// <summary>
/// The generator's output for the built-in spec, file by file, against the reviewed snapshots in
/// Snapshots/BuiltIn. After an intended change, regenerate them with
/// <c>CONVERSATIONHOOKS_UPDATE_SNAPSHOTS=1 dotnet test tests/ConversationHooks.Generator.Tests</c> and review the diff.
/// </summary>
public class GeneratorOutputTests
{
    private static string SnapshotFolder() => Repository.PathOf("tests", "ConversationHooks.Generator.Tests", "Snapshots", "BuiltIn");

    [Fact]
    public async Task Output_for_the_built_in_spec_matches_the_snapshots()
    {
        var folder = SnapshotFolder();
        if (Environment.GetEnvironmentVariable("CONVERSATIONHOOKS_UPDATE_SNAPSHOTS") == "1")
        {
            WriteSnapshots(folder);
        }

        var test = new CSharpSourceGeneratorTest<WebhookGenerator, DefaultVerifier>
        {
            // Offline reference assemblies (Basic.Reference.Assemblies) instead of a NuGet download.
            ReferenceAssemblies = new ReferenceAssemblies("net8.0"),
        };
        test.TestState.Sources.Add("namespace App { internal static class Program { } }");
        test.TestState.AdditionalReferences.AddRange(Net80.References.All);
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(ConversationHooks.FormWriter).Assembly.Location));
        var snapshots = Directory.GetFiles(folder, "*.g.cs").OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(snapshots);
        foreach (var file in snapshots)
        {
            test.TestState.GeneratedSources.Add((typeof(WebhookGenerator), Path.GetFileName(file), SourceText.From(AtThisVersion(File.ReadAllText(file)), Encoding.UTF8)));
        }

        await test.RunAsync();
    }

    /// <summary>The snapshot with the version of the generator under test (a build may set any version).</summary>
    private static string AtThisVersion(string snapshot)
        => Regex.Replace(snapshot, "GeneratedCode\\(\"ConversationHooks.Generator\", \"[^\"]*\"\\)", $"GeneratedCode(\"ConversationHooks.Generator\", \"{Emit.GeneratedCode.Version}\")");

    [Fact]
    public void Generated_code_carries_the_version_of_the_generator_package()
    {
        var informational = typeof(WebhookGenerator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var version = informational.Split('+')[0];
        // Every file that declares types; the assembly marker (GeneratedWebhookTypes.g.cs) declares none.
        var sources = new GeneratorRun().Run().GeneratedSources.Where(s => s.HintName != "GeneratedWebhookTypes.g.cs").ToList();

        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.Contains($"GeneratedCode(\"ConversationHooks.Generator\", \"{version}\")", s.SourceText.ToString()));
    }

    private static void WriteSnapshots(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var old in Directory.GetFiles(folder, "*.g.cs"))
        {
            File.Delete(old);
        }

        foreach (var source in new GeneratorRun().Run().GeneratedSources)
        {
            File.WriteAllText(Path.Combine(folder, source.HintName), source.SourceText.ToString());
        }
    }
}
