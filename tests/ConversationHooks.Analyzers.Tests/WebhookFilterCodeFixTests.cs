using System.Threading.Tasks;
using VerifyFilter = ConversationHooks.Analyzers.Tests.TestHelpers.Verify<ConversationHooks.Analyzers.ConversationHooksAnalyzer>;
using VerifyConstant = ConversationHooks.Analyzers.Tests.TestHelpers.Verify<ConversationHooks.Analyzers.FilterConstantAnalyzer>;

namespace ConversationHooks.Analyzers.Tests;

public class WebhookFilterCodeFixTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using Twilio.Rest.Conversations.V1.Configuration;
        using ConversationSdk = Twilio.Rest.Conversations.V1.Conversation;

        """;

    private static string InMethod(string body) => Usings + "class C\n{\n    void M()\n    {\n        " + body + "\n    }\n}\n";

    [Theory]
    [InlineData(0, "onMessageAdd")]
    [InlineData(1, "onMessageAdded")]
    public Task Each_close_name_is_offered_as_a_fix(int action, string replacement)
        => VerifyFilter.CodeFixAsync(
            InMethod("WebhookResource.Update(filters: new List<string> { {|CWH001:\"onMessageSend\"|} });"),
            InMethod($"WebhookResource.Update(filters: new List<string> {{ \"{replacement}\" }});"),
            action);

    [Fact]
    public Task Fix_all_replaces_every_misspelling_with_its_closest_name()
        => VerifyFilter.CodeFixAsync(
            InMethod("WebhookResource.Update(filters: new List<string> { {|CWH001:\"onMesageAdded\"|}, {|CWH001:\"OnParticipantRemoved\"|}, \"onUserAdded\" });"),
            InMethod("WebhookResource.Update(filters: new List<string> { \"onMessageAdded\", \"onParticipantRemoved\", \"onUserAdded\" });"));

    [Fact]
    public Task A_pre_action_filter_on_a_conversation_webhook_becomes_its_counterpart()
        => VerifyFilter.CodeFixAsync(
            InMethod("ConversationSdk.WebhookResource.Create(\"CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", \"webhook\", configurationFilters: new List<string> { {|CWH002:\"onMessageAdd\"|}, {|CWH002:\"onParticipantRemove\"|} });"),
            InMethod("ConversationSdk.WebhookResource.Create(\"CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", \"webhook\", configurationFilters: new List<string> { \"onMessageAdded\", \"onParticipantRemoved\" });"));

    [Fact]
    public Task A_valid_literal_becomes_the_generated_constant()
        => VerifyConstant.CodeFixAsync(
            "using ConversationHooks;\n" + InMethod("WebhookResource.Update(filters: new List<string> { {|CWH007:\"onMessageAdded\"|}, {|CWH007:\"onUserAdded\"|} });"),
            "using ConversationHooks;\n" + InMethod("WebhookResource.Update(filters: new List<string> { WebhookFilterNames.OnMessageAdded, WebhookFilterNames.OnUserAdded });"),
            generated: true);

    [Fact]
    public Task A_reference_to_a_misspelled_constant_gets_no_fix_at_the_reference()
        => VerifyFilter.CodeFixAsync(
            Usings + "class C\n{\n    const string F = \"onMessageSend\";\n    void M() => WebhookResource.Update(filters: new List<string> { {|CWH001:F|} });\n}\n",
            Usings + "class C\n{\n    const string F = \"onMessageSend\";\n    void M() => WebhookResource.Update(filters: new List<string> { {|CWH001:F|} });\n}\n");
}
