using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace ConversationHooks.Package.Tests;

public class ReferencedLibraryTests
{
    [Fact]
    public async Task Analyzers_and_generated_types_reach_a_project_through_a_project_reference()
    {
        var consumer = await Consumer.CreateAsync("transitive");
        consumer.Project("Lib", outputType: "Library");
        consumer.Write("Lib/Lib.cs", "namespace Lib { public static class Marker { } }");
        consumer.Project("App", referencePackage: false, items: "<ProjectReference Include=\"../Lib/Lib.csproj\" />");
        var program = """
            using ConversationHooks;

            internal static class Program
            {
                private static void Subscribe([WebhookFilterName] string filter) { }

                private static void Main()
                {
                    Subscribe(WebhookFilterNames.OnMessageAdded);
                    Subscribe("onMessageSend");
                }
            }
            """;
        consumer.Write("App/Program.cs", program);

        var build = await consumer.BuildAsync("App");

        Assert.NotEqual(0, build.ExitCode);
        var error = Assert.Single(build.Diagnostics, d => d.Severity == "error");
        Assert.Equal("CWH001", error.Id);
        Assert.Equal(Source.PositionOf(program, "\"onMessageSend\""), (error.Line, error.Column));
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
}
