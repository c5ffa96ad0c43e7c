using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using ConversationHooks.Tests;

namespace ConversationHooks.Package.Tests;

/// <summary>ConversationHooks.DependencyInjection: its own package, on top of ConversationHooks at the same version.</summary>
public class DependencyInjectionPackageTests
{
    private const string Id = "ConversationHooks.DependencyInjection";

    [Fact]
    public async Task The_package_holds_the_assembly_and_its_docs_for_both_frameworks_and_not_the_runtime()
    {
        var package = await PackedPackage.GetAsync();
        using var archive = ZipFile.OpenRead(package.PathOf(Id));
        var entries = archive.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Subset(entries, new[]
        {
            "lib/netstandard2.0/ConversationHooks.DependencyInjection.dll", "lib/netstandard2.0/ConversationHooks.DependencyInjection.xml",
            "lib/net8.0/ConversationHooks.DependencyInjection.dll", "lib/net8.0/ConversationHooks.DependencyInjection.xml",
            "README.md",
        }.ToHashSet());
        Assert.DoesNotContain(entries, e => e.Contains("ConversationHooks.Runtime", StringComparison.Ordinal) || e.Contains("ConversationHooks.Package", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_nuspec_depends_on_ConversationHooks_at_the_same_version_and_on_the_resilience_library()
    {
        var package = await PackedPackage.GetAsync();
        using var archive = ZipFile.OpenRead(package.PathOf(Id));
        using var stream = archive.GetEntry(Id + ".nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        Assert.Equal("MIT", metadata.Element(ns + "license")?.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
        Assert.Equal(Repository.Url, metadata.Element(ns + "repository")?.Attribute("url")?.Value);
        Assert.Equal(Repository.Url, metadata.Element(ns + "projectUrl")?.Value);
        foreach (var group in metadata.Descendants(ns + "group"))
        {
            var dependencies = group.Elements(ns + "dependency").ToDictionary(d => d.Attribute("id")!.Value, d => d.Attribute("version")!.Value);
            Assert.Equal(new[] { "ConversationHooks", "Microsoft.Extensions.Http.Resilience" }, dependencies.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(package.Version, dependencies["ConversationHooks"]);
        }
    }

    [Fact]
    public async Task A_consumer_of_both_packages_registers_the_connection_and_resolves_the_generated_client_with_no_warnings()
    {
        var consumer = await Consumer.CreateAsync("dependency-injection");
        consumer.Project("App", extra: "<TreatWarningsAsErrors>true</TreatWarningsAsErrors><Nullable>enable</Nullable>", items: consumer.Package.Reference(Id));
        consumer.Write("App/Program.cs", """
            using System;
            using ConversationHooks;
            using Microsoft.Extensions.DependencyInjection;

            internal static class Program
            {
                private static void Main()
                {
                    var services = new ServiceCollection();
                    services.AddTwilioApiConnection(_ => TwilioCredentials.FromAuthToken("AC" + new string('0', 32), Environment.GetEnvironmentVariable("TWILIO_AUTH_TOKEN") ?? "token"))
                        .ConfigureHttpClient(http => http.BaseAddress = new Uri("http://127.0.0.1:1"));
                    services.AddTransient<WebhookConfigurationClient>();
                    using var provider = services.BuildServiceProvider();
                    Console.WriteLine(provider.GetRequiredService<WebhookConfigurationClient>().GetType().Name);
                }
            }
            """);

        var build = await consumer.BuildAsync("App");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain(build.Diagnostics, d => d.Severity != "info");
        var run = await consumer.RunAsync("App");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal("WebhookConfigurationClient", run.Output.Trim());
    }
}
