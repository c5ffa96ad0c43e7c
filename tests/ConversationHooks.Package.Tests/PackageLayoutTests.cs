using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using ConversationHooks.Tests;

namespace ConversationHooks.Package.Tests;

public class PackageLayoutTests
{
    [Fact]
    public async Task The_package_holds_the_runtime_the_compiler_extensions_and_the_build_files()
    {
        var package = await PackedPackage.GetAsync();
        using var archive = ZipFile.OpenRead(package.PathOf("ConversationHooks"));
        var entries = archive.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Subset(entries, new[]
        {
            "lib/netstandard2.0/ConversationHooks.Runtime.dll", "lib/netstandard2.0/ConversationHooks.Runtime.xml",
            "lib/net8.0/ConversationHooks.Runtime.dll", "lib/net8.0/ConversationHooks.Runtime.xml",
            "analyzers/dotnet/cs/ConversationHooks.Generator.dll", "analyzers/dotnet/cs/ConversationHooks.Analyzers.dll",
            "analyzers/dotnet/cs/ConversationHooks.CodeFixes.dll",
            "build/ConversationHooks.props", "build/ConversationHooks.targets",
            "buildTransitive/ConversationHooks.props", "buildTransitive/ConversationHooks.targets",
            "README.md",
        }.ToHashSet());
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("CodeAnalysis"));
    }

    [Fact]
    public async Task The_nuspec_has_license_readme_repository_and_no_Roslyn_dependency()
    {
        var package = await PackedPackage.GetAsync();
        using var archive = ZipFile.OpenRead(package.PathOf("ConversationHooks"));
        using var stream = archive.GetEntry("ConversationHooks.nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        Assert.Equal("MIT", metadata.Element(ns + "license")?.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
        Assert.Equal(Repository.Url, metadata.Element(ns + "repository")?.Attribute("url")?.Value);
        Assert.Equal(Repository.Url, metadata.Element(ns + "projectUrl")?.Value);
        var dependencies = metadata.Descendants(ns + "dependency").Select(d => d.Attribute("id")!.Value).ToList();
        Assert.DoesNotContain(dependencies, id => id.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.Equal(new[] { "System.Memory", "System.Text.Json" }, dependencies.OrderBy(d => d));
    }

    [Fact]
    public async Task Packing_every_package_prints_no_warning()
    {
        var package = await PackedPackage.GetAsync();

        Assert.Empty(package.PackWarnings);
    }
}
