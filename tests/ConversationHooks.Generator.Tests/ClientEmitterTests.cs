using System.Linq;
using ConversationHooks.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;

namespace ConversationHooks.Generator.Tests;

/// <summary>
/// The generated WebhookConfigurationClient follows the spec's operations: one method per operation and
/// path, path placeholders as typed parameters, and nothing that would not compile for a spec's paths.
/// </summary>
public class ClientEmitterTests
{
    private const string ServiceFetch = "{\"name\": \"fetch\", \"method\": \"GET\", \"paths\": [\"/v1/Services/{ChatServiceSid}/Configuration/Webhooks\"]";

    /// <summary>The built-in spec with its first <paramref name="original"/> replaced, run and compiled.</summary>
    private static GeneratorRun.Result Run(string original, string replacement)
    {
        var text = GeneratorRun.BuiltInSpec;
        var at = text.IndexOf(original, StringComparison.Ordinal);
        Assert.True(at >= 0, "the built-in spec no longer holds the text the test replaces");
        var run = new GeneratorRun();
        run.SpecFiles.Add(("/project/webhook-spec.json", text.Substring(0, at) + replacement + text.Substring(at + original.Length)));
        return run.Run();
    }

    private static string[] Signatures(Compilation compilation, string method)
        => compilation.GetTypeByMetadataName("ConversationHooks.WebhookConfigurationClient")!.GetMembers(method).OfType<IMethodSymbol>()
            .Select(m => string.Join(", ", m.Parameters.Select(p => p.Type.Name + " " + p.Name)))
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToArray();

    private static void AssertCompiles(GeneratorRun.Result result)
    {
        Assert.Null(result.Exception);
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Every_path_of_an_operation_is_an_overload_with_its_SIDs_in_path_order()
    {
        var result = new GeneratorRun().Run();

        Assert.Equal(
            new[]
            {
                "ChatServiceSid chatServiceSid, ConversationSid conversationSid, WebhookSid webhookSid, CancellationToken cancellationToken",
                "ConversationSid conversationSid, WebhookSid webhookSid, CancellationToken cancellationToken",
            },
            Signatures(result.Output, "DeleteConversationWebhookAsync"));
    }

    [Fact]
    public void A_placeholder_that_names_no_SID_kind_is_a_string_parameter()
    {
        var result = Run(ServiceFetch, ServiceFetch.Replace("{ChatServiceSid}", "{ServiceName}"));

        AssertCompiles(result);
        Assert.Equal(new[] { "String serviceName, CancellationToken cancellationToken" }, Signatures(result.Output, "FetchServiceWebhookConfigurationAsync"));
    }

    [Fact]
    public void A_placeholder_that_is_a_CSharp_keyword_is_an_escaped_parameter()
    {
        var result = Run(ServiceFetch, ServiceFetch.Replace("{ChatServiceSid}", "{Class}"));

        AssertCompiles(result);
        Assert.Equal(new[] { "String class, CancellationToken cancellationToken" }, Signatures(result.Output, "FetchServiceWebhookConfigurationAsync"));
    }

    [Fact]
    public void Two_paths_with_the_same_parameters_make_one_method_not_a_duplicate()
    {
        var result = Run(ServiceFetch, ServiceFetch.Replace("\"]", "\", \"/v1/Services/{ChatServiceSid}/Configuration/Webhooks/Again\"]"));

        AssertCompiles(result);
        Assert.Single(Signatures(result.Output, "FetchServiceWebhookConfigurationAsync"));
    }

    [Fact]
    public void A_placeholder_named_twice_in_one_path_leaves_that_path_out()
    {
        var result = Run(ServiceFetch, ServiceFetch.Replace("/Configuration/Webhooks", "/Configuration/{ChatServiceSid}"));

        AssertCompiles(result);
        Assert.Empty(Signatures(result.Output, "FetchServiceWebhookConfigurationAsync"));
    }
    [Fact]
    public void The_list_is_one_overload_per_path_with_an_optional_paging_query()
    {
        var result = new GeneratorRun().Run();

        Assert.Equal(
            new[]
            {
                "ChatServiceSid chatServiceSid, ConversationSid conversationSid, ConversationWebhookListRequest request, CancellationToken cancellationToken",
                "ConversationSid conversationSid, ConversationWebhookListRequest request, CancellationToken cancellationToken",
            },
            Signatures(result.Output, "ListConversationWebhooksAsync"));
    }

    [Fact]
    public void A_page_without_a_next_page_url_is_listed_as_one_page()
    {
        var result = Run("{\"name\": \"next_page_url\", \"type\": \"uri\", ", "{\"name\": \"later_page_url\", \"type\": \"uri\", ");

        AssertCompiles(result);
        Assert.Equal(2, Signatures(result.Output, "ListConversationWebhooksAsync").Length);
        Assert.Contains("s_nextPageOfConversationWebhookPage = page => null;", result.GeneratedSources.Single(s => s.HintName.StartsWith("WebhookConfigurationClient", StringComparison.Ordinal)).SourceText.ToString());
    }

    [Fact]
    public void A_list_whose_page_does_not_hold_the_scopes_resources_is_left_out()
    {
        var result = Run("\"typeName\": \"ConversationWebhook\", \"repeated\": true", "\"typeName\": \"ConversationWebhook\"");

        Assert.Null(result.Exception);
        Assert.Empty(Signatures(result.Output, "ListConversationWebhooksAsync"));
    }
}
