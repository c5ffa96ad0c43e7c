using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConversationHooks.Tests;

namespace ConversationHooks.Package.Tests;

public class ReferencedLibraryTests
{
    [Fact]
    public async Task A_test_project_with_the_package_that_sees_a_library_s_internals_uses_its_types_with_no_CS0436()
    {
        var consumer = await Consumer.CreateAsync("ivt-direct");
        LibraryShowingInternalsToTests(consumer);
        consumer.Project("Tests", outputType: "Library", items: "<ProjectReference Include=\"../Lib/Lib.csproj\" />", extra: "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>");
        consumer.Write("Tests/LibTests.cs", UsesLibraryTypes("OnMessageAdded"));

        var build = await consumer.BuildAsync("Tests");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain(build.Diagnostics, d => d.Id is "CS0436" or "CS0433");
    }

    [Fact]
    public async Task A_test_project_that_reaches_the_package_through_a_library_with_its_own_spec_uses_its_types_with_no_CS0436()
    {
        var consumer = await Consumer.CreateAsync("ivt-transitive");
        LibraryShowingInternalsToTests(consumer);
        consumer.Write("Lib/webhook-spec.json", File.ReadAllText(Repository.PathOf("webhook-spec.json")).Replace(
            "\"filters\": [",
            "\"filters\": [\n    {\"name\": \"onTypingStarted\", \"phase\": \"post\", \"resource\": \"user\", \"scopes\": [\"account\"], \"description\": \"Typing.\", \"parameters\": []},"));
        consumer.Project("Tests", outputType: "Library", referencePackage: false, items: "<ProjectReference Include=\"../Lib/Lib.csproj\" />", extra: "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>");
        consumer.Write("Tests/LibTests.cs", UsesLibraryTypes("OnTypingStarted"));

        var build = await consumer.BuildAsync("Tests");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain(build.Diagnostics, d => d.Id is "CS0436" or "CS0433");
    }

    [Fact]
    public async Task A_project_that_reaches_the_package_only_through_a_library_gets_no_diagnostics_of_its_own()
    {
        var consumer = await Consumer.CreateAsync("transitive");
        consumer.Project("Lib", outputType: "Library");
        consumer.Write("Lib/Lib.cs", "namespace Lib { public static class Marker { } }");
        consumer.Project("App", referencePackage: false, items: "<ProjectReference Include=\"../Lib/Lib.csproj\" />");
        consumer.Write("App/Program.cs", """
            using ConversationHooks;

            internal static class Program
            {
                private static void Subscribe([WebhookFilterName] string filter) { }

                private static void Main() => Subscribe("onMessageSend");
            }
            """);

        var build = await consumer.BuildAsync("App");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain(build.Diagnostics, d => d.Id.StartsWith("CWH", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_app_using_the_package_can_use_a_library_s_public_generated_types_without_conflicts()
    {
        var consumer = await Consumer.CreateAsync("public-lib");
        consumer.Project("Lib", outputType: "Library", extra: "<ConversationHooksAccessibility>public</ConversationHooksAccessibility>");
        consumer.Write("Lib/Lib.cs", """
            namespace Lib
            {
                public static class Hooks
                {
                    public static ConversationHooks.WebhookFilter Default => ConversationHooks.WebhookFilter.OnMessageAdded;
                }
            }
            """);
        consumer.Project("App", items: "<ProjectReference Include=\"../Lib/Lib.csproj\" />", extra: "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>");
        consumer.Write("App/Program.cs", """
            using System;
            using ConversationHooks;

            internal static class Program
            {
                private static void Main()
                {
                    WebhookFilter filter = Lib.Hooks.Default;
                    Console.WriteLine(filter.GetWireName() + " " + WebhookFilterNames.OnUserAdded);
                }
            }
            """);

        var build = await consumer.BuildAsync("App");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain(build.Diagnostics, d => d.Id is "CS0436" or "CS0433" or "CS0121");
        var run = await consumer.RunAsync("App");
        Assert.Equal("onMessageAdded onUserAdded", run.Output.Trim());
    }

    /// <summary>A library "Lib" using the package (internal generated types, the default) with InternalsVisibleTo("Tests").</summary>
    private static void LibraryShowingInternalsToTests(Consumer consumer)
    {
        consumer.Project("Lib", outputType: "Library", items: "<InternalsVisibleTo Include=\"Tests\" />", extra: "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>");
        consumer.Write("Lib/Lib.cs", "namespace Lib { public static class Hooks { internal static ConversationHooks.WebhookFilter Default => ConversationHooks.WebhookFilter.OnMessageAdded; } }");
    }

    /// <summary>Test code using the library's internal members and the generated types (its filter member included).</summary>
    private static string UsesLibraryTypes(string filterMember) => $$"""
        using ConversationHooks;

        namespace Tests
        {
            public static class LibTests
            {
                public static string Names() => Lib.Hooks.Default.GetWireName() + " " + WebhookFilterNames.{{filterMember}} + " " + AccountSid.Prefix;
            }
        }
        """;
}
