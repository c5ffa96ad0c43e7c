using System.Linq;
using ConversationHooks.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConversationHooks.Generator.Tests;

/// <summary>The generated code compiles without a single warning, whatever the consumer's settings.</summary>
public class GeneratedCodeCompilationTests
{
    // Uses the generated API the way a consumer would, in C# 7.3 syntax.
    private const string Consumer = """
        namespace App
        {
            using ConversationHooks;

            internal static class Usage
            {
                public static string Run()
                {
                    var request = new AccountWebhookUpdateRequest(
                        method: AccountWebhookMethod.Post,
                        filters: new WebhookFilterValue[] { WebhookFilter.OnMessageAdded, WebhookFilterValue.FromWireName("onMessageSend") });
                    var configuration = AccountWebhookConfiguration.FromJson("{\"method\": \"GET\"}");
                    AccountSid sid;
                    SidError error;
                    AccountSid.TryParse("AC123", out sid, out error);
                    WebhookFilter filter;
                    WebhookFilterNames.TryParse("onMessageAdded", out filter);
                    var index = WebhookEvent.TryParse("EventType=onMessageAdded", out var received, out var problem) && received is MessageAddedEvent ? ((MessageAddedEvent)received).Index : -1;
                    var answer = MessageAddAnswer.Change(body: "[redacted]").Response.Body + ConversationUpdateAnswer.Reject().Response.StatusCode;
                    return request.ToFormBody() + configuration.ToJson() + filter.GetPhase() + error + index + answer + problem;
                }
            }
        }
        """;

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3, NullableContextOptions.Disable)]
    [InlineData(LanguageVersion.CSharp8, NullableContextOptions.Enable)]
    [InlineData(LanguageVersion.CSharp8, NullableContextOptions.Disable)]
    [InlineData(LanguageVersion.Latest, NullableContextOptions.Enable)]
    public void Generated_code_compiles_with_no_warnings(LanguageVersion version, NullableContextOptions nullable)
    {
        var run = new GeneratorRun { LanguageVersion = version, Nullable = nullable };
        run.Sources.Add(Consumer);

        var result = run.Run();

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData("MessageAddAnswer.Change(friendlyName: \"x\")", "CS1739")]
    [InlineData("ConversationAddAnswer.Change(body: \"x\")", "CS1739")]
    [InlineData("MessageRemoveAnswer.Change(body: \"x\")", "CS0117")]
    [InlineData("MessageAddedAnswer.Continue", "CS0103")]
    public void An_answer_that_changes_a_field_the_event_does_not_allow_or_answers_a_post_action_event_does_not_compile(string answer, string error)
    {
        var run = new GeneratorRun();
        run.Sources.Add($"namespace App {{ using ConversationHooks; static class Answers {{ static object F() => {answer}; }} }}");

        var result = run.Run();

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Equal(new[] { error }, result.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id));
    }

    [Fact]
    public void Public_generated_types_document_every_public_member()
    {
        // A library that makes the types public and generates its documentation file (warnings as errors).
        var run = new GeneratorRun { DocumentationMode = DocumentationMode.Diagnose };
        run.Properties["ConversationHooksAccessibility"] = "public";
        run.Sources.Add(Consumer);

        var result = run.Run();

        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("public readonly struct AccountSid"));
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Before_CSharp_8_no_nullable_context_is_emitted()
    {
        var run = new GeneratorRun { LanguageVersion = LanguageVersion.CSharp7_3, Nullable = NullableContextOptions.Disable };
        Assert.All(run.Run().GeneratedSources, s => Assert.DoesNotContain("#nullable", s.SourceText.ToString()));
    }

    [Theory]
    [InlineData("AccountWebhookConfiguration.g.cs", "/// <summary>The account that owns this configuration. <c>account_sid</c> on the wire; null when not set.</summary>")]
    [InlineData("ConversationWebhookCreateRequest.g.cs", "/// <param name=\"target\">Where events go: webhook (a URL), trigger (a URL, on keywords) or studio (a Studio flow). <c>Target</c> on the wire.</param>")]
    public void Property_and_parameter_docs_say_what_the_value_means_then_its_wire_name(string file, string line)
        => Assert.Contains(line, new GeneratorRun().Run().GeneratedSources.Single(s => s.HintName == file).SourceText.ToString());

    [Theory]
    [InlineData("ConversationWebhookUpdateRequest.g.cs", "/// <summary>The form body (application/x-www-form-urlencoded) of POST /v1/Conversations/{ConversationSid}/Webhooks/{Sid}, POST /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks/{Sid}.</summary>")]
    [InlineData("ConversationWebhookCreateRequest.g.cs", "/// <summary>The form body (application/x-www-form-urlencoded) of POST /v1/Conversations/{ConversationSid}/Webhooks, POST /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks.</summary>")]
    [InlineData("ConversationWebhook.g.cs", "GET /v1/Conversations/{ConversationSid}/Webhooks, GET /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks answer with a page of them.</summary>")]
    [InlineData("AccountWebhookConfiguration.g.cs", "/// <summary>The JSON that GET /v1/Configuration/Webhooks, POST /v1/Configuration/Webhooks answer with.</summary>")]
    public void Type_docs_name_the_endpoints_of_the_spec_operations(string file, string text)
        => Assert.Contains(text, new GeneratorRun().Run().GeneratedSources.Single(s => s.HintName == file).SourceText.ToString());

    [Fact]
    public void A_value_without_a_description_is_documented_by_its_wire_name()
    {
        var run = new GeneratorRun();
        run.SpecFiles.Add(("/p/webhook-spec.json", GeneratorRun.BuiltInSpec.Replace(", \"description\": \"The account that owns this configuration.\"", string.Empty)));
        Assert.Contains("/// <summary><c>account_sid</c>; null when not set.</summary>", run.Run().GeneratedSources.Single(s => s.HintName == "AccountWebhookConfiguration.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Every_file_is_marked_generated()
        => Assert.All(new GeneratorRun().Run().GeneratedSources, s =>
        {
            Assert.StartsWith("// <auto-generated/>", s.SourceText.ToString());
            if (s.HintName != "GeneratedWebhookTypes.g.cs") // the assembly marker declares no type to mark
            {
                Assert.Contains("[global::System.CodeDom.Compiler.GeneratedCode(", s.SourceText.ToString());
            }
        });

    [Fact]
    public void Types_are_internal_unless_the_project_asks_for_public()
    {
        var internalRun = new GeneratorRun().Run();
        var publicRun = new GeneratorRun { Properties = { ["ConversationHooksAccessibility"] = "public" } }.Run();

        Assert.Equal(Accessibility.Internal, internalRun.Output.GetTypeByMetadataName("ConversationHooks.WebhookFilter")!.DeclaredAccessibility);
        Assert.Equal(Accessibility.Public, publicRun.Output.GetTypeByMetadataName("ConversationHooks.WebhookFilter")!.DeclaredAccessibility);
        Assert.Equal(Accessibility.Public, publicRun.Output.GetTypeByMetadataName("ConversationHooks.AccountSid")!.DeclaredAccessibility);
        Assert.Empty(publicRun.CompilationDiagnostics);
    }

    [Fact]
    public void The_namespace_property_moves_every_generated_type()
    {
        var run = new GeneratorRun { Properties = { ["ConversationHooksNamespace"] = "Contoso.Hooks" } };
        var result = run.Run();

        Assert.Empty(result.CompilationDiagnostics);
        Assert.NotNull(result.Output.GetTypeByMetadataName("Contoso.Hooks.WebhookFilter"));
        Assert.NotNull(result.Output.GetTypeByMetadataName("Contoso.Hooks.ConversationWebhook"));
        Assert.Null(result.Output.GetTypeByMetadataName("ConversationHooks.WebhookFilter"));
    }

    [Fact]
    public void A_spec_with_an_extra_filter_generates_its_member_and_helpers()
    {
        var run = new GeneratorRun();
        run.SpecFiles.Add(("/p/webhook-spec.json", GeneratorRun.BuiltInSpec.Replace(
            "\"filters\": [",
            "\"filters\": [\n    {\"name\": \"onTypingStarted\", \"phase\": \"post\", \"resource\": \"user\", \"scopes\": [\"account\"], \"description\": \"A user started typing.\", \"parameters\": []},")));
        run.Sources.Add("namespace App { using ConversationHooks; static class X { static string Y() => ConversationHooks.WebhookFilterNames.OnTypingStarted + ConversationHooks.WebhookFilter.OnTypingStarted.GetResource(); } }");

        var result = run.Run();

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationDiagnostics);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_project_referencing_a_library_with_public_types_of_the_same_spec_generates_nothing_and_uses_them(bool compiledLibrary)
    {
        var library = new GeneratorRun { Properties = { ["ConversationHooksAccessibility"] = "public" } }.Run();
        Assert.Empty(library.CompilationDiagnostics);
        var libraryReference = compiledLibrary ? EmitToImage(library.Output) : library.Output.ToMetadataReference();

        var app = new GeneratorRun();
        app.Sources.Add("namespace App { static class Use { static string F() => ConversationHooks.WebhookFilterNames.OnMessageAdded + ConversationHooks.AccountSid.Prefix; } }");
        var compilation = app.CreateCompilation().AddReferences(libraryReference);
        app.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.DoesNotContain(output.SyntaxTrees, t => t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal));
        Assert.Empty(output.GetDiagnostics());
    }

    [Fact]
    public void A_library_of_another_spec_or_namespace_does_not_stop_generation()
    {
        var library = new GeneratorRun { Properties = { ["ConversationHooksAccessibility"] = "public", ["ConversationHooksNamespace"] = "Lib.Hooks" } }.Run();
        var app = new GeneratorRun();
        var compilation = app.CreateCompilation().AddReferences(library.Output.ToMetadataReference());
        app.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        Assert.Contains(output.SyntaxTrees, t => t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal));
        Assert.Empty(output.GetDiagnostics());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_project_that_sees_a_library_s_internal_types_through_InternalsVisibleTo_generates_nothing_and_uses_them(bool compiledLibrary)
    {
        var library = LibraryShowingInternalsToConsumer().Run();
        Assert.Empty(library.CompilationDiagnostics);
        var libraryReference = compiledLibrary ? EmitToImage(library.Output) : library.Output.ToMetadataReference();

        var (generated, diagnostics) = RunConsumerUsingGeneratedTypes(libraryReference);

        Assert.Empty(generated);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_library_s_internal_types_without_InternalsVisibleTo_do_not_stop_generation()
    {
        var library = new GeneratorRun { AssemblyName = "Lib" }.Run();

        var (generated, diagnostics) = RunConsumerUsingGeneratedTypes(EmitToImage(library.Output));

        Assert.NotEmpty(generated);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_library_s_visible_internal_types_of_another_spec_do_not_stop_generation()
    {
        var run = LibraryShowingInternalsToConsumer();
        run.SpecFiles.Add(("/lib/webhook-spec.json", MalformedSpecCases.Valid));
        var library = run.Run();
        Assert.Empty(library.CompilationDiagnostics);

        var (generated, _) = RunConsumerUsingGeneratedTypes(EmitToImage(library.Output));

        Assert.Contains(generated, s => s.HintName == "WebhookFilter.g.cs");
    }

    [Theory]
    [InlineData("internal")]
    [InlineData("public")]
    public void Generated_types_are_announced_to_referencing_projects_whatever_their_accessibility(string accessibility)
    {
        var run = new GeneratorRun { Properties = { ["ConversationHooksAccessibility"] = accessibility } }.Run();

        var marker = run.GeneratedSources.Single(s => s.HintName == "GeneratedWebhookTypes.g.cs");
        Assert.Contains("[assembly: global::ConversationHooks.GeneratedWebhookTypes(\"ConversationHooks\", \"", marker.SourceText.ToString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_web_app_referencing_a_library_with_public_types_generates_only_the_endpoint_for_them(bool compiledLibrary)
    {
        var library = new GeneratorRun { AssemblyName = "Lib", Properties = { ["ConversationHooksAccessibility"] = "public" } }.Run();
        Assert.Empty(library.CompilationDiagnostics);
        var app = new GeneratorRun { ReferencesAspNetCoreEndpoint = true };
        app.Sources.Add("""
            namespace App
            {
                using ConversationHooks;
                using Microsoft.AspNetCore.Builder;

                static class Use
                {
                    static void Map(WebApplication app) => app.MapConversationsWebhooks("/twilio", hooks => hooks.OnMessageAdd(e => e.Continue()));
                    static void MapProcessor(WebApplication app) => app.MapConversationsWebhooks<Processor>("/twilio/processor");
                }

                sealed class Processor : ConversationsWebhookProcessor { }
            }
            """);

        var driver = app.CreateDriver().RunGeneratorsAndUpdateCompilation(app.CreateCompilation().AddReferences(compiledLibrary ? EmitToImage(library.Output) : library.Output.ToMetadataReference()), out var output, out var generatorDiagnostics);

        var generated = driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal);
        Assert.Equal(["ConversationsWebhookEndpoints.g.cs", "ConversationsWebhookHooks.g.cs", "ConversationsWebhookProcessor.g.cs", "ConversationsWebhookServices.g.cs"], generated);
        Assert.Empty(generatorDiagnostics.Concat(output.GetDiagnostics()));
    }

    [Fact]
    public void A_web_app_referencing_a_library_that_has_its_own_public_endpoint_generates_nothing()
    {
        var library = new GeneratorRun { AssemblyName = "Lib", ReferencesAspNetCoreEndpoint = true, Properties = { ["ConversationHooksAccessibility"] = "public" } }.Run();
        Assert.Empty(library.CompilationDiagnostics);
        var app = new GeneratorRun { ReferencesAspNetCoreEndpoint = true };

        var driver = app.CreateDriver().RunGeneratorsAndUpdateCompilation(app.CreateCompilation().AddReferences(EmitToImage(library.Output)), out var output, out _);

        Assert.Empty(driver.GetRunResult().Results.Single().GeneratedSources);
        Assert.Empty(output.GetDiagnostics());
    }

    /// <summary>A library "Lib" with internal generated types (the default) and InternalsVisibleTo("Consumer"), as for its test project.</summary>
    private static GeneratorRun LibraryShowingInternalsToConsumer()
        => new() { AssemblyName = "Lib", Sources = { "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Consumer\")]" } };

    /// <summary>Runs the generator for "Consumer" referencing <paramref name="library"/>, with code using the generated types; what it generated and what the compiler says.</summary>
    private static (GeneratedSourceResult[] Generated, Diagnostic[] Diagnostics) RunConsumerUsingGeneratedTypes(MetadataReference library)
    {
        var app = new GeneratorRun();
        app.Sources.Add("namespace App { using ConversationHooks; static class Use { static string F() => WebhookFilterNames.OnMessageAdded + AccountSid.Prefix + WebhookFilter.OnMessageAdded.GetWireName(); } }");
        var driver = app.CreateDriver().RunGeneratorsAndUpdateCompilation(app.CreateCompilation().AddReferences(library), out var output, out var generatorDiagnostics);
        return (driver.GetRunResult().Results.Single().GeneratedSources.ToArray(), generatorDiagnostics.Concat(output.GetDiagnostics()).ToArray());
    }

    /// <summary>The library as a built assembly (what a package or a command-line build references).</summary>
    private static MetadataReference EmitToImage(Compilation compilation)
    {
        using var stream = new System.IO.MemoryStream();
        Assert.True(compilation.Emit(stream).Success);
        return MetadataReference.CreateFromImage(stream.ToArray());
    }
}
