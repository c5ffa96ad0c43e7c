using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;

namespace ConversationHooks.Package.Tests;

/// <summary>The package ConversationHooks.AspNetCore.Redis as packed: its assembly and docs, and what it depends on.</summary>
public class RedisPackageTests
{
    private const string Id = "ConversationHooks.AspNetCore.Redis";

    [Fact]
    public async Task The_Redis_package_holds_its_assembly_docs_and_readme_and_depends_on_the_endpoint_at_the_same_version_and_on_StackExchange_Redis()
    {
        var package = await PackedPackage.GetAsync();
        using var archive = ZipFile.OpenRead(package.PathOf(Id));
        var entries = archive.Entries.Select(e => e.FullName).ToHashSet();
        using var stream = archive.GetEntry(Id + ".nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        var ns = nuspec.Root!.Name.Namespace;
        var dependencies = nuspec.Descendants(ns + "dependency").ToDictionary(d => d.Attribute("id")!.Value, d => d.Attribute("version")!.Value);

        Assert.Subset(entries, new[] { "lib/net8.0/ConversationHooks.AspNetCore.Redis.dll", "lib/net8.0/ConversationHooks.AspNetCore.Redis.xml", "README.md" }.ToHashSet());
        Assert.DoesNotContain(entries, e => e.EndsWith("ConversationHooks.Runtime.dll", StringComparison.Ordinal));
        Assert.Equal(package.Version, dependencies["ConversationHooks.AspNetCore"]);
        Assert.Contains("StackExchange.Redis", dependencies.Keys);
    }
}
