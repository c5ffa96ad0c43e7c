using System.Threading.Tasks;
using VerifyFilter = ConversationHooks.Analyzers.Tests.TestHelpers.Verify<ConversationHooks.Analyzers.ConversationHooksAnalyzer>;

namespace ConversationHooks.Analyzers.Tests;

/// <summary>
/// Issue 20, item 2: CWH009 in source. Where one call or options object holds both the filters and the
/// URLs, a pre-action filter without a pre-event URL is reported at build time; where the call sets
/// no URL, they may be set elsewhere and nothing is reported.
/// </summary>
public class PreEventUrlTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using Twilio.Rest.Conversations.V1.Configuration;
        using ServiceSdk = Twilio.Rest.Conversations.V1.Service.Configuration;

        """;

    private const string Service = "ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    private static string InMethod(string body) => Usings + "class C\n{\n    void M()\n    {\n        " + body + "\n    }\n}\n";

    [Theory]
    [InlineData("WebhookResource.Update(filters: new List<string> { {|CWH009:\"onMessageAdd\"|}, \"onMessageAdded\" }, postWebhookUrl: \"https://example.com/post\");")]
    [InlineData("WebhookResource.Update(filters: new List<string> { {|CWH009:\"onMessageAdd\"|} }, preWebhookUrl: null, postWebhookUrl: \"https://example.com/post\");")]
    [InlineData("var options = new UpdateWebhookOptions { Filters = new List<string> { {|CWH009:\"onConversationAdd\"|} }, PostWebhookUrl = \"https://example.com/post\" };")]
    [InlineData("var options = new UpdateWebhookOptions { PostWebhookUrl = \"https://example.com/post\", Filters = { {|CWH009:\"onParticipantAdd\"|} } };")]
    [InlineData("ServiceSdk.WebhookResource.Update(\"" + Service + "\", postWebhookUrl: new Uri(\"https://example.com/post\"), filters: new List<string> { {|CWH009:\"onMessageRemove\"|} });")]
    public Task A_pre_action_filter_in_a_call_that_sets_only_a_post_event_URL_is_reported(string body)
        => VerifyFilter.AnalyzerAsync(InMethod(body));

    [Theory]
    [InlineData("WebhookResource.Update(filters: new List<string> { \"onMessageAdd\" });")]
    [InlineData("WebhookResource.Update(filters: new List<string> { \"onMessageAdd\" }, preWebhookUrl: \"https://example.com/pre\");")]
    [InlineData("WebhookResource.Update(filters: new List<string> { \"onMessageAdd\" }, preWebhookUrl: \"https://example.com/pre\", postWebhookUrl: \"https://example.com/post\");")]
    [InlineData("WebhookResource.Update(filters: new List<string> { \"onMessageAdded\" }, postWebhookUrl: \"https://example.com/post\");")]
    [InlineData("string url = Environment.GetEnvironmentVariable(\"PRE_URL\"); WebhookResource.Update(filters: new List<string> { \"onMessageAdd\" }, preWebhookUrl: url, postWebhookUrl: \"https://example.com/post\");")]
    [InlineData("var options = new UpdateWebhookOptions { Filters = new List<string> { \"onMessageAdd\" } }; options.PostWebhookUrl = \"https://example.com/post\";")]
    [InlineData("WebhookResource.Update(filters: new List<string> { \"onMessageAdd\" }, postWebhookUrl: \"https://example.com/post\", target: WebhookResource.TargetEnum.Flex);")]
    [InlineData("WebhookResource.Update(filters: new List<string> { \"onMessageAdd\" }, postWebhookUrl: \"https://example.com/post\", target: \"flex\");")]
    public Task A_call_that_sets_a_pre_event_URL_or_no_URL_at_all_or_targets_Flex_is_not_reported(string body)
        => VerifyFilter.AnalyzerAsync(InMethod(body));

    [Fact]
    public Task The_message_reads_as_the_audits()
        => VerifyFilter.AnalyzerAsync(
            InMethod("WebhookResource.Update(filters: new List<string> { {|#0:\"onMessageAdd\"|} }, postWebhookUrl: \"https://example.com/post\");"),
            VerifyFilter.Diagnostic("CWH009").WithLocation(0).WithArguments("onMessageAdd", "account"));
}
