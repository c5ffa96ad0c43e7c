using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace ConversationHooks.Package.Tests;

/// <summary>
/// Issue 20: code nobody here wrote builds with the package (Twilio's SDK tests and samples put words
/// in SID places), and the fixes a whole project gets from <c>dotnet format</c> keep its webhooks firing.
/// </summary>
public class SamplesAndFixesTests
{
    private const string Twilio = "<PackageReference Include=\"Twilio\" Version=\"8.2.0\" />";

    [Fact]
    public async Task A_project_shaped_like_Twilios_SDK_tests_builds_with_placeholder_warnings()
    {
        var consumer = await Consumer.CreateAsync("sdk-shaped-tests");
        consumer.Project("App", items: Twilio, extra: "<NoWarn>NU1603</NoWarn><TreatWarningsAsErrors>false</TreatWarningsAsErrors>");
        var program = """
            using System;
            using System.Collections.Generic;
            using Twilio;
            using Twilio.Clients;
            using Twilio.Rest.Conversations.V1.Configuration;
            using ConversationSdk = Twilio.Rest.Conversations.V1.Conversation;

            internal static class Program
            {
                private static void Main()
                {
                    var client = new TwilioRestClient("foo", "bar");
                    TwilioClient.Init("AccountSid", "AuthToken");
                    ConversationSdk.ParticipantResource.Fetch("CHXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "MBXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", client);
                    var filter = Environment.GetEnvironmentVariable("FILTER") ?? "";
                    var options = new UpdateWebhookOptions { Filters = new List<string> { Environment.GetEnvironmentVariable("FILTER") ?? "" } };
                    Console.WriteLine(filter + options.Filters.Count);
                }
            }
            """;
        consumer.Write("App/Program.cs", program);

        var build = await consumer.BuildAsync("App");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain(build.Diagnostics, d => d.Severity == "error");
        var placeholders = build.Diagnostics.Where(d => d.Id == "CWH008").Select(d => (d.Line, d.Column)).Distinct().OrderBy(p => p).ToArray();
        Assert.Equal(
            new[] { "\"foo\"", "\"AccountSid\"", "\"CHXXXX", "\"MBXXXX" }.Select(needle => Source.PositionOf(program, needle)).OrderBy(p => p),
            placeholders);
        Assert.DoesNotContain(build.Diagnostics, d => d.Id is "CWH001" or "CWH003" or "CWH006");
    }

    [Fact]
    public async Task Dotnet_format_fixes_filters_as_the_IDEs_Fix_All_does()
    {
        var consumer = await Consumer.CreateAsync("format-fixes");
        consumer.Project("App", items: Twilio, extra: "<NoWarn>NU1603</NoWarn>");
        const string Before = """
            using System.Collections.Generic;
            using Twilio.Rest.Conversations.V1.Configuration;
            using ConversationSdk = Twilio.Rest.Conversations.V1.Conversation;

            internal static class Program
            {
                private static void Main()
                {
                    WebhookResource.Update(filters: new List<string> { "onMessageSend", "onMemberAdd", "onConversationUpdate" }, postWebhookUrl: "https://example.com/post");
                    WebhookResource.Update(filters: new List<string> { "onMessageSend" }, preWebhookUrl: "https://example.com/pre", postWebhookUrl: "https://example.com/post");
                    ConversationSdk.WebhookResource.Create("CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "webhook", configurationFilters: new List<string> { "onMessageAdd", "onParticipantRemove" });
                }
            }
            """;
        var path = consumer.Write("App/Program.cs", Before);

        var format = await DotNet.RunAsync(consumer.Root, "format", "analyzers", "App", "--diagnostics", "CWH001", "CWH002", "CWH009", "--severity", "warn", "--verbosity", "detailed");

        Assert.True(format.ExitCode == 0, format.Output);
        var expected = Before
                .Replace("{ \"onMessageSend\", \"onMemberAdd\", \"onConversationUpdate\" }", "{ \"onMessageAdded\", \"onParticipantAdded\", \"onConversationUpdated\" }")
                .Replace("{ \"onMessageSend\" }, preWebhookUrl", "{ \"onMessageAdd\" }, preWebhookUrl")
                .Replace("{ \"onMessageAdd\", \"onParticipantRemove\" }", "{ \"onMessageAdded\", \"onParticipantRemoved\" }");
        var actual = File.ReadAllText(path);
        Assert.True(expected == actual, $"dotnet format left:\n{actual}\n\nIts output:\n{format.Output}");
    }
}
