using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace ConversationHooks.Package.Tests;

public class SeverityAndTargetsTests
{
    private const string Typo = """
        using ConversationHooks;

        internal static class Program
        {
            private static void Subscribe([WebhookFilterName] string filter) { }

            private static void Main() => Subscribe("onMessageSend");
        }
        """;

    [Theory]
    [InlineData("warning")]
    [InlineData("none")]
    public async Task EditorConfig_changes_the_severity_of_a_rule(string severity)
    {
        var consumer = await Consumer.CreateAsync("editorconfig-" + severity);
        consumer.Project("App");
        consumer.Write("App/Program.cs", Typo);
        consumer.Write("App/.editorconfig", $"root = true\n\n[*.cs]\ndotnet_diagnostic.CWH001.severity = {severity}\n");

        var build = await consumer.BuildAsync("App");

        Assert.True(build.ExitCode == 0, build.Output);
        var reported = build.Diagnostics.Where(d => d.Id == "CWH001").ToList();
        if (severity == "none")
        {
            Assert.Empty(reported);
        }
        else
        {
            var warning = Assert.Single(reported);
            Assert.Equal("warning", warning.Severity);
            Assert.Equal(Source.PositionOf(Typo, "\"onMessageSend\""), (warning.Line, warning.Column));
        }
    }

    /// <summary>
    /// CWH007 is Info and has an analyzer of its own, which csc skips unless someone asks for what it
    /// reports: an .editorconfig that raises it, or an error log. Both must still get it.
    /// </summary>
    [Theory]
    [InlineData("editorconfig")]
    [InlineData("errorlog")]
    public async Task The_info_only_suggestion_still_reaches_builds_that_ask_for_it(string how)
    {
        const string valid = """
            using ConversationHooks;

            internal static class Program
            {
                private static void Subscribe([WebhookFilterName] string filter) { }

                private static void Main() => Subscribe("onMessageAdded");
            }
            """;
        var consumer = await Consumer.CreateAsync("cwh007-" + how);
        consumer.Project("App");
        consumer.Write("App/Program.cs", valid);
        var log = Path.Combine(consumer.Root, "App", "build.sarif");
        if (how == "editorconfig")
        {
            consumer.Write("App/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.CWH007.severity = warning\n");
        }

        var build = how == "errorlog"
            ? await DotNet.RunAsync(consumer.Root, "build", "App", "-nologo", $"-p:ErrorLog={log}")
            : await consumer.BuildAsync("App");

        Assert.True(build.ExitCode == 0, build.Output);
        if (how == "editorconfig")
        {
            var warning = Assert.Single(build.Diagnostics, d => d.Id == "CWH007");
            Assert.Equal(("warning", Source.PositionOf(valid, "\"onMessageAdded\"")), (warning.Severity, (warning.Line, warning.Column)));
        }
        else
        {
            Assert.DoesNotContain(build.Diagnostics, d => d.Id == "CWH007");
            var sarif = File.ReadAllText(log);
            Assert.Contains("\"CWH007\"", sarif, System.StringComparison.Ordinal);
            Assert.Contains("WebhookFilterNames.OnMessageAdded", sarif, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_netstandard_library_and_a_CSharp_7_3_project_build_cleanly()
    {
        var consumer = await Consumer.CreateAsync("old-targets");
        const string code = """
            namespace Lib
            {
                using ConversationHooks;

                public static class Hooks
                {
                    public static string Body()
                    {
                        var request = new AccountWebhookUpdateRequest(method: AccountWebhookMethod.Post, filters: new WebhookFilterValue[] { WebhookFilter.OnMessageAdded });
                        var parsed = AccountWebhookConfiguration.FromJson("{\"method\": \"GET\", \"filters\": [\"onMessageSend\"]}");
                        return request.ToFormBody() + parsed.Filters.Count;
                    }
                }
            }
            """;
        consumer.Project("Standard", targetFramework: "netstandard2.0", outputType: "Library", extra: "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>");
        consumer.Write("Standard/Hooks.cs", code);
        consumer.Project("Old", targetFramework: "net10.0", outputType: "Library", extra: "<LangVersion>7.3</LangVersion><TreatWarningsAsErrors>true</TreatWarningsAsErrors>");
        consumer.Write("Old/Hooks.cs", code);

        var standard = await consumer.BuildAsync("Standard");
        var old = await consumer.BuildAsync("Old");

        Assert.True(standard.ExitCode == 0, standard.Output);
        Assert.Empty(standard.Diagnostics);
        Assert.True(old.ExitCode == 0, old.Output);
        Assert.Empty(old.Diagnostics);
    }
}
