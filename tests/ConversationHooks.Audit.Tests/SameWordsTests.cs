using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using ConversationHooks.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConversationHooks.Audit.Tests;

/// <summary>
/// A value the analyzers flag in a Twilio SDK call and the same value read live by the audit give the same ID and
/// the same message, word for word.
/// </summary>
public sealed class SameWordsTests
{
    private static async Task<Diagnostic> AnalyzerFindingAsync(string statement)
    {
        var source = $$"""
            using System.Collections.Generic;
            using Twilio.Rest.Conversations.V1.Configuration;
            using ConversationSdk = Twilio.Rest.Conversations.V1.Conversation;
            using ServiceSdk = Twilio.Rest.Conversations.V1.Service.Configuration;
            internal static class Program { private static void Main() { {{statement}} } }
            """;
        var references = Net80.References.All.Concat(new[] { MetadataReference.CreateFromFile(typeof(global::Twilio.TwilioClient).Assembly.Location) });
        var compilation = CSharpCompilation.Create("User", new[] { CSharpSyntaxTree.ParseText(source) }, references, new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ConversationHooksAnalyzer())).GetAnalyzerDiagnosticsAsync();
        return Assert.Single(diagnostics, d => d.Id.StartsWith("CWH", StringComparison.Ordinal) && d.Id != "CWH007");
    }

    private static Finding AuditFinding(string scope, string? method = null, string? target = null, params string[] filters)
        => Assert.Single(new ConfigurationAudit(BuiltInSpec.BuiltIn).Check(new WebhookSettings(scope, scope, method, target, filters, FiltersAreEvents: true, HasPreEventUrl: null)));

    [Fact]
    public async Task An_unknown_filter_with_its_suggestions_reads_as_CWH001()
    {
        var analyzer = await AnalyzerFindingAsync("WebhookResource.Update(filters: new List<string> { \"onMessageSend\" });");
        var audit = AuditFinding("account", filters: "onMessageSend");

        Assert.Equal((analyzer.Id, analyzer.GetMessage()), (audit.Id, audit.Message));
    }

    [Fact]
    public async Task A_pre_action_filter_on_a_conversation_webhook_reads_as_CWH002_with_its_counterpart()
    {
        var analyzer = await AnalyzerFindingAsync("ConversationSdk.WebhookResource.Create(\"CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", \"webhook\", configurationFilters: new List<string> { \"onMessageAdd\" });");
        var audit = AuditFinding("conversation", filters: "onMessageAdd");

        Assert.Equal((analyzer.Id, analyzer.GetMessage()), (audit.Id, audit.Message));
    }

    [Fact]
    public async Task A_user_event_at_service_scope_reads_as_CWH002_with_its_scopes()
    {
        var analyzer = await AnalyzerFindingAsync("ServiceSdk.WebhookResource.Update(\"ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", filters: new List<string> { \"onUserUpdated\" });");
        var audit = AuditFinding("service", filters: "onUserUpdated");

        Assert.Equal((analyzer.Id, analyzer.GetMessage()), (audit.Id, audit.Message));
    }

    [Fact]
    public async Task A_target_out_of_place_reads_as_CWH005()
    {
        var analyzer = await AnalyzerFindingAsync("ConversationSdk.WebhookResource.Create(\"CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", \"flex\");");
        var audit = AuditFinding("conversation", target: "flex");

        Assert.Equal((analyzer.Id, analyzer.GetMessage()), (audit.Id, audit.Message));
    }

    [Fact]
    public async Task A_method_out_of_place_reads_as_CWH005()
    {
        var analyzer = await AnalyzerFindingAsync("WebhookResource.Update(method: \"PUT\");");
        var audit = AuditFinding("account", method: "PUT");

        Assert.Equal((analyzer.Id, analyzer.GetMessage()), (audit.Id, audit.Message));
    }
}
