using System.Linq;
using System.Threading.Tasks;

namespace ConversationHooks.Package.Tests;

/// <summary>A web app that restores ConversationHooks and ConversationHooks.AspNetCore from the packed feed, as the README says.</summary>
public class AspNetCorePackageTests
{
    // Maps the endpoint with typed handlers, then sends itself one signed onMessageAdd over Kestrel on 127.0.0.1.
    private const string WebApp = """
        using System;
        using System.Linq;
        using System.Net.Http;
        using System.Security.Cryptography;
        using System.Text;
        using System.Threading.Tasks;
        using ConversationHooks;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Logging;

        internal static class Program
        {
            private static async Task Main()
            {
                var builder = WebApplication.CreateSlimBuilder();
                builder.WebHost.UseUrls("http://127.0.0.1:0");
                builder.Logging.ClearProviders();
                builder.Configuration["Twilio:AuthToken"] = "consumer-token";
                builder.Services.AddConversationHooks(builder.Configuration.GetSection("Twilio"));
                var app = builder.Build();
                app.MapConversationsWebhooks("/twilio/conversations", hooks =>
                {
                    hooks.OnMessageAdd((MessageAddEvent e) => e.Body?.Contains("spam") == true ? e.Reject() : MessageAddAnswer.Change(body: e.Body?.ToUpperInvariant()));
                    hooks.OnMessageAdded((MessageAddedEvent e, ILogger<MessageAddedEvent> logger) => logger.LogInformation("{Index}", e.Index));
                });
                await app.StartAsync();

                var url = app.Urls.Single() + "/twilio/conversations";
                var body = "AccountSid=AC1234567890abcdef1234567890abcdef&EventType=onMessageAdd&Source=SDK&ConversationSid=CH1234567890abcdef1234567890abcdef&Body=hello&Author=alice&Attributes=%7B%7D";
                var signed = url + "AccountSidAC1234567890abcdef1234567890abcdefAttributes{}AuthoraliceBodyhelloConversationSidCH1234567890abcdef1234567890abcdefEventTypeonMessageAddSourceSDK";
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded") };
                request.Headers.Add("X-Twilio-Signature", Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes("consumer-token"), Encoding.UTF8.GetBytes(signed))));
                using var client = new HttpClient();
                using var response = await client.SendAsync(request);
                Console.WriteLine((int)response.StatusCode + " " + await response.Content.ReadAsStringAsync());
                await app.StopAsync();
            }
        }
        """;

    [Fact]
    public async Task A_web_app_maps_the_endpoint_with_typed_handlers_from_the_packages_with_no_warning_and_answers_a_signed_event()
    {
        var consumer = await Consumer.CreateAsync("aspnetcore");
        consumer.Project(
            "Web",
            extra: "<TreatWarningsAsErrors>true</TreatWarningsAsErrors><Nullable>enable</Nullable>",
            items: $"""
                <FrameworkReference Include="Microsoft.AspNetCore.App" />
                <PackageReference Include="ConversationHooks.AspNetCore" Version="{consumer.Package.Version}" />
                """);
        consumer.Write("Web/Program.cs", WebApp);

        var build = await consumer.BuildAsync("Web");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain(build.Diagnostics, d => d.Severity != "info");
        var run = await consumer.RunAsync("Web");

        Assert.Equal((0, "200 {\"body\":\"HELLO\"}"), (run.ExitCode, run.Output.Trim()));
    }

    [Fact]
    public async Task A_web_app_with_only_the_AspNetCore_package_gets_the_endpoint_and_answers_a_signed_event()
    {
        var consumer = await Consumer.CreateAsync("aspnetcore-only");
        consumer.Project("Web", referencePackage: false, extra: "<TreatWarningsAsErrors>true</TreatWarningsAsErrors><Nullable>enable</Nullable>", items: WebItems(consumer));
        consumer.Write("Web/Program.cs", WebApp);

        var build = await consumer.BuildAsync("Web");
        Assert.True(build.ExitCode == 0, build.Output);
        var run = await consumer.RunAsync("Web");

        Assert.Equal((0, "200 {\"body\":\"HELLO\"}"), (run.ExitCode, run.Output.Trim()));
    }

    [Fact]
    public async Task A_web_app_referencing_a_library_with_public_types_gets_the_endpoint_for_the_library_s_types()
    {
        var consumer = await Consumer.CreateAsync("aspnetcore-public-lib");
        consumer.Project("Lib", outputType: "Library", extra: "<ConversationHooksAccessibility>public</ConversationHooksAccessibility><Nullable>enable</Nullable>");
        consumer.Write("Lib/Moderation.cs", """
            using ConversationHooks;

            namespace Lib
            {
                public static class Moderation
                {
                    public static MessageAddAnswer Check(MessageAddEvent e) => e.Body?.Contains("spam") == true ? e.Reject() : MessageAddAnswer.Change(body: e.Body?.ToUpperInvariant());
                }
            }
            """);
        consumer.Project("Web", referencePackage: false, extra: "<TreatWarningsAsErrors>true</TreatWarningsAsErrors><Nullable>enable</Nullable>", items: WebItems(consumer) + "<ProjectReference Include=\"../Lib/Lib.csproj\" />");
        consumer.Write("Web/Program.cs", WebApp.Replace("hooks.OnMessageAdd((MessageAddEvent e) => e.Body?.Contains(\"spam\") == true ? e.Reject() : MessageAddAnswer.Change(body: e.Body?.ToUpperInvariant()));", "hooks.OnMessageAdd(Lib.Moderation.Check);"));

        var build = await consumer.BuildAsync("Web");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain(build.Diagnostics, d => d.Id is "CS0436" or "CS0433" or "CS1061");
        var run = await consumer.RunAsync("Web");

        Assert.Equal((0, "200 {\"body\":\"HELLO\"}"), (run.ExitCode, run.Output.Trim()));
    }

    [Fact]
    public async Task A_controller_app_with_the_default_internal_types_builds_its_webhook_action()
    {
        var consumer = await Consumer.CreateAsync("aspnetcore-controller");
        consumer.Project("Web", extra: "<TreatWarningsAsErrors>true</TreatWarningsAsErrors><Nullable>enable</Nullable>", items: WebItems(consumer));
        consumer.Write("Web/Program.cs", """
            using ConversationHooks;
            using ConversationHooks.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.DependencyInjection;

            internal static class Program
            {
                private static void Main()
                {
                    var builder = WebApplication.CreateBuilder();
                    builder.Services.AddConversationHooks(builder.Configuration.GetSection("Twilio"));
                    builder.Services.AddControllers().AddConversationsWebhookControllers();
                    var app = builder.Build();
                    app.MapControllers();
                }
            }

            [Route("/twilio/conversations")]
            internal sealed class ConversationsController : ControllerBase
            {
                [HttpPost]
                [ConversationsWebhook]
                public MessageAddAnswer Post(MessageAddEvent e) => e.Body?.Contains("spam") == true ? e.Reject() : e.Continue();
            }
            """);

        var build = await consumer.BuildAsync("Web");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain(build.Diagnostics, d => d.Id == "CS0051");
    }

    private static string WebItems(Consumer consumer) => $"""
        <FrameworkReference Include="Microsoft.AspNetCore.App" />
        <PackageReference Include="ConversationHooks.AspNetCore" Version="{consumer.Package.Version}" />
        """;
}
