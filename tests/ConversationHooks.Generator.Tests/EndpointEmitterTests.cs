using System.Linq;
using ConversationHooks.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConversationHooks.Generator.Tests;

/// <summary>The endpoint's typed part (ConversationsWebhookHooks, MapConversationsWebhooks): generated only where ConversationHooks.AspNetCore is referenced, and compiling there without a warning.</summary>
public class EndpointEmitterTests
{
    // The issue's example, in C# 7.3 syntax.
    private const string App = """
        namespace App
        {
            using System.Threading;
            using System.Threading.Tasks;
            using ConversationHooks;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            internal interface IMessageStore
            {
                Task SaveAsync(MessageAddedEvent e, CancellationToken cancellationToken);
            }

            internal static class Receiver
            {
                public static void Run(string[] args)
                {
                    var builder = WebApplication.CreateBuilder(args);
                    builder.Services.AddConversationHooks(builder.Configuration.GetSection("Twilio"));
                    var app = builder.Build();
                    app.MapConversationsWebhooks("/twilio/conversations", hooks =>
                    {
                        hooks.OnMessageAdd(e => e.Body?.Contains("spam") == true ? e.Reject() : e.Continue());
                        hooks.OnMessageAdded(async (MessageAddedEvent e, IMessageStore store, CancellationToken ct) => await store.SaveAsync(e, ct));
                        hooks.OnMessageUpdate(async (e, ct) => { await Task.Delay(1, ct); return MessageUpdateAnswer.Change(body: "x"); });
                        hooks.OnConversationAdded(e => { });
                        hooks.OnUnhandled(unhandled => { });
                    });
                    app.Run();
                }
            }
        }
        """;

    [Fact]
    public void Nothing_of_the_endpoint_is_generated_without_a_reference_to_ConversationHooks_AspNetCore()
    {
        var result = new GeneratorRun().Run();

        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName == "ConversationsWebhookHooks.g.cs");
        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName == "ConversationsWebhookEndpoints.g.cs");
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3, NullableContextOptions.Disable)]
    [InlineData(LanguageVersion.Latest, NullableContextOptions.Enable)]
    public void The_issues_example_compiles_against_the_generated_endpoint_with_no_warnings(LanguageVersion version, NullableContextOptions nullable)
    {
        var run = new GeneratorRun { LanguageVersion = version, Nullable = nullable, ReferencesAspNetCoreEndpoint = true };
        run.Sources.Add(App);

        var result = run.Run();

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Contains(result.GeneratedSources, s => s.HintName == "ConversationsWebhookHooks.g.cs");
        Assert.Empty(result.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Public_endpoint_types_document_every_public_member()
    {
        var run = new GeneratorRun { DocumentationMode = DocumentationMode.Diagnose, ReferencesAspNetCoreEndpoint = true };
        run.Properties["ConversationHooksAccessibility"] = "public";

        var result = run.Run();

        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("public sealed partial class ConversationsWebhookHooks"));
        Assert.Empty(result.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void A_post_action_event_cannot_be_answered()
    {
        var run = new GeneratorRun { ReferencesAspNetCoreEndpoint = true };
        run.Sources.Add("namespace App { using ConversationHooks; static class Map { static void F(ConversationsWebhookHooks hooks) => hooks.OnMessageAdded(e => MessageAddAnswer.Continue); } }");

        var result = run.Run();

        Assert.Contains(result.CompilationDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void An_untyped_second_parameter_never_silently_becomes_the_token()
    {
        var run = new GeneratorRun { ReferencesAspNetCoreEndpoint = true };
        run.Sources.Add("namespace App { using ConversationHooks; static class Map { static void F(ConversationsWebhookHooks hooks) => hooks.OnMessageAdded((e, store) => { _ = store; }); } }");

        var result = run.Run();

        Assert.Contains(result.CompilationDiagnostics, d => d.Id == "CS0121");
    }

    [Fact]
    public void A_handler_can_take_the_delivery()
    {
        var run = new GeneratorRun { ReferencesAspNetCoreEndpoint = true };
        run.Sources.Add("namespace App { using ConversationHooks; static class Map { static void F(ConversationsWebhookHooks hooks) => hooks.OnMessageAdded((e, delivery) => { _ = delivery.IdempotencyToken; }); } }");

        var result = run.Run();

        Assert.Empty(result.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}
