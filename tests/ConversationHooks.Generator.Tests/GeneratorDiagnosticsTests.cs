using System.Linq;
using ConversationHooks.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;

namespace ConversationHooks.Generator.Tests;

public class GeneratorDiagnosticsTests
{
    [Theory]
    [MemberData(nameof(MalformedSpecCases.All), MemberType = typeof(MalformedSpecCases))]
    public void A_malformed_spec_fails_the_build_at_the_JSON_location_and_never_crashes_the_generator(string name)
    {
        var c = MalformedSpecCases.Get(name);
        var run = new GeneratorRun();
        run.SpecFiles.Add(("/project/webhook-spec.json", c.Text));

        var result = run.Run();

        Assert.Null(result.Exception);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "CS8785");
        Assert.Empty(result.GeneratedSources);
        var diagnostic = result.GeneratorDiagnostics.First();
        Assert.Equal(c.Id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/project/webhook-spec.json", span.Path);
        Assert.Equal((c.Line - 1, c.Column - 1), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.EndsWith($"docs/diagnostics/{c.Id}.md", diagnostic.Descriptor.HelpLinkUri);
    }

    [Theory]
    [InlineData("ConversationHooksNamespace", "Contoso Hooks", "is not a C# namespace name")]
    [InlineData("ConversationHooksNamespace", "1Hooks", "is not a C# namespace name")]
    [InlineData("ConversationHooksNamespace", "Contoso..Hooks", "is not a C# namespace name")]
    [InlineData("ConversationHooksNamespace", "Contoso.class", "is not a C# namespace name")]
    [InlineData("ConversationHooksNamespace", "global::Contoso", "is not a C# namespace name")]
    [InlineData("ConversationHooksNamespace", "Hooks.nameof", "is not a C# namespace name")]
    [InlineData("ConversationHooksNamespace", "var.Hooks", "is not a C# namespace name")]
    [InlineData("ConversationHooksAccessibility", "pubic", "it must be 'public' or 'internal'")]
    [InlineData("ConversationHooksAccessibility", "protected", "it must be 'public' or 'internal'")]
    public void A_property_value_that_is_not_understood_is_an_error_and_nothing_is_generated(string property, string value, string message)
    {
        var run = new GeneratorRun { Properties = { [property] = value } };

        var result = run.Run();

        Assert.Null(result.Exception);
        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("CWH106", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains($"{property} is '{value}'", diagnostic.GetMessage());
        Assert.Contains(message, diagnostic.GetMessage());
        Assert.EndsWith("docs/diagnostics/CWH106.md", diagnostic.Descriptor.HelpLinkUri);
        Assert.Empty(result.GeneratedSources);
    }

    [Theory]
    [InlineData("ConversationHooksNamespace", "Contoso.Hooks")]
    [InlineData("ConversationHooksNamespace", "_Hooks.V2")]
    [InlineData("ConversationHooksNamespace", "System")]
    [InlineData("ConversationHooksNamespace", "Twilio.Hooks")]
    [InlineData("ConversationHooksAccessibility", "Public")]
    [InlineData("ConversationHooksAccessibility", "internal")]
    [InlineData("ConversationHooksAccessibility", "  ")]
    public void Valid_property_values_generate_code_that_compiles(string property, string value)
    {
        var run = new GeneratorRun { Properties = { [property] = value } };

        var result = run.Run();

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.NotEmpty(result.GeneratedSources);
        Assert.Empty(result.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Two_spec_files_are_an_error_on_the_second()
    {
        var run = new GeneratorRun();
        run.SpecFiles.Add(("/project/a/webhook-spec.json", GeneratorRun.BuiltInSpec));
        run.SpecFiles.Add(("/project/b/webhook-spec.json", GeneratorRun.BuiltInSpec));

        var result = run.Run();

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("CWH104", diagnostic.Id);
        Assert.Equal("/project/b/webhook-spec.json", diagnostic.Location.GetLineSpan().Path);
        Assert.NotEmpty(result.GeneratedSources);
    }

    [Fact]
    public void The_spec_file_property_picks_a_file_of_another_name()
    {
        var run = new GeneratorRun();
        run.Properties["ConversationHooksSpecFile"] = "specs/hooks.json";
        run.Properties["ProjectDir"] = "/project/";
        run.SpecFiles.Add(("/project/specs/hooks.json", MalformedSpecCases.Valid));
        run.SpecFiles.Add(("/project/webhook-spec.json", "not used, so never read"));

        var result = run.Run();

        Assert.Empty(result.GeneratorDiagnostics);
        var filter = result.GeneratedSources.Single(s => s.HintName == "WebhookFilter.g.cs").SourceText.ToString();
        Assert.Contains("OnMessageAdded,", filter);
        Assert.DoesNotContain("OnParticipantAdded", filter);
    }

    [Fact]
    public void Without_a_spec_file_the_built_in_spec_is_used()
    {
        var result = new GeneratorRun().Run();
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Contains("OnParticipantAdded,", result.GeneratedSources.Single(s => s.HintName == "WebhookFilter.g.cs").SourceText.ToString());
    }
}
