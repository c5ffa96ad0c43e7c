using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConversationHooks.Tests;

namespace ConversationHooks.Package.Tests;

public class ConsumerBuildTests
{
    private const string UsesGeneratedTypes = """
        using System;
        using ConversationHooks;

        internal static class Program
        {
            private static void Main()
            {
                var update = new AccountWebhookUpdateRequest(
                    method: AccountWebhookMethod.Post,
                    filters: new WebhookFilterValue[] { WebhookFilter.OnMessageAdded, WebhookFilterValue.FromWireName(WebhookFilterNames.OnUserAdded) });
                Console.WriteLine(update.ToFormBody());
                Console.WriteLine(WebhookFilterNames.All.Count);
                Console.WriteLine(AccountSid.TryParse("AC123", out _));
            }
        }
        """;

    [Fact]
    public async Task Without_a_spec_the_built_in_one_is_used_and_the_program_runs()
    {
        var consumer = await Consumer.CreateAsync("no-spec");
        consumer.Project("App");
        consumer.Write("App/Program.cs", UsesGeneratedTypes);

        var build = await consumer.BuildAsync("App");
        Assert.True(build.ExitCode == 0, build.Output);
        var run = await consumer.RunAsync("App");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(new[] { "Method=POST&Filters=onMessageAdded&Filters=onUserAdded", "23", "False" }, run.Output.Trim().Split('\n').Select(l => l.Trim()));
    }

    [Fact]
    public async Task A_project_spec_replaces_the_built_in_one()
    {
        var consumer = await Consumer.CreateAsync("project-spec");
        var builtIn = File.ReadAllText(Repository.PathOf("webhook-spec.json"));
        var spec = builtIn.Replace(
            "\"filters\": [",
            "\"filters\": [\n    {\"name\": \"onTypingStarted\", \"phase\": \"post\", \"resource\": \"user\", \"scopes\": [\"account\"], \"description\": \"Typing.\", \"parameters\": []},");
        consumer.Write("App/webhook-spec.json", spec);
        consumer.Project("App");
        consumer.Write("App/Program.cs", """
            using System;
            using ConversationHooks;

            internal static class Program
            {
                private static void Subscribe([WebhookFilterName] string filter) => Console.WriteLine(filter);

                private static void Main()
                {
                    Subscribe("onTypingStarted");
                    Console.WriteLine(WebhookFilter.OnTypingStarted.GetWireName());
                    Console.WriteLine(WebhookFilterNames.All.Count);
                }
            }
            """);

        var build = await consumer.BuildAsync("App");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Empty(build.Diagnostics);
        var run = await consumer.RunAsync("App");
        Assert.Equal(new[] { "onTypingStarted", "onTypingStarted", "24" }, run.Output.Trim().Split('\n').Select(l => l.Trim()));
    }

    [Fact]
    public async Task A_misspelled_filter_in_a_Twilio_SDK_call_fails_the_build_at_its_place()
    {
        var consumer = await Consumer.CreateAsync("twilio-typo");
        consumer.Project("App", items: "<PackageReference Include=\"Twilio\" Version=\"8.2.0\" />", extra: "<NoWarn>NU1603</NoWarn>");
        var program = """
            using System.Collections.Generic;
            using Twilio.Rest.Conversations.V1.Configuration;

            internal static class Program
            {
                private static void Main() => WebhookResource.Update(filters: new List<string> { "onMessageSend" });
            }
            """;
        consumer.Write("App/Program.cs", program);

        var build = await consumer.BuildAsync("App");

        Assert.NotEqual(0, build.ExitCode);
        var error = Assert.Single(build.Diagnostics, d => d.Severity == "error");
        Assert.Equal(("CWH001", "Program.cs"), (error.Id, Path.GetFileName(error.File)));
        Assert.Equal(Source.PositionOf(program, "\"onMessageSend\""), (error.Line, error.Column));
        Assert.Contains("did you mean 'onMessageAdd' or 'onMessageAdded'?", error.Message);
    }

    [Fact]
    public async Task A_clean_consumer_with_warnings_as_errors_and_nullable_builds_without_a_warning()
    {
        var consumer = await Consumer.CreateAsync("strict");
        consumer.Project("App", extra: "<Nullable>enable</Nullable><TreatWarningsAsErrors>true</TreatWarningsAsErrors><AnalysisLevel>latest-recommended</AnalysisLevel>");
        consumer.Write("App/Program.cs", UsesGeneratedTypes);

        var build = await consumer.BuildAsync("App");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Empty(build.Diagnostics);
        Assert.Contains("0 Warning(s)", build.Output);
    }

    [Fact]
    public async Task A_malformed_spec_fails_the_build_at_its_JSON_line_and_column()
    {
        var consumer = await Consumer.CreateAsync("bad-spec");
        consumer.Write("App/webhook-spec.json", "{\n  \"version\": 1,\n  \"resources\": [\"message\",]\n}\n");
        consumer.Project("App");
        consumer.Write("App/Program.cs", "internal static class Program { private static void Main() { } }");

        var build = await consumer.BuildAsync("App");

        Assert.NotEqual(0, build.ExitCode);
        var error = Assert.Single(build.Diagnostics, d => d.Severity == "error");
        Assert.Equal(("CWH100", "webhook-spec.json", 3, 27), (error.Id, Path.GetFileName(error.File), error.Line, error.Column));
        Assert.DoesNotContain("CS8785", build.Output);
    }

    [Fact]
    public async Task A_spec_file_property_naming_a_missing_file_is_a_clear_error()
    {
        var consumer = await Consumer.CreateAsync("missing-spec");
        consumer.Project("App", extra: "<ConversationHooksSpecFile>specs/hooks.json</ConversationHooksSpecFile>");
        consumer.Write("App/Program.cs", "internal static class Program { private static void Main() { } }");

        var build = await consumer.BuildAsync("App");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error CWH105: ConversationHooksSpecFile is 'specs/hooks.json', but no such file exists", build.Output);
    }

    [Fact]
    public async Task A_misspelled_accessibility_is_a_clear_error_not_a_silent_internal()
    {
        var consumer = await Consumer.CreateAsync("bad-property");
        consumer.Project("App", extra: "<ConversationHooksAccessibility>pubic</ConversationHooksAccessibility>");
        consumer.Write("App/Program.cs", "internal static class Program { private static void Main() { } }");

        var build = await consumer.BuildAsync("App");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error CWH106: ConversationHooksAccessibility is 'pubic'; it must be 'public' or 'internal'", build.Output);
    }
}
