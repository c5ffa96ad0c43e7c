using System.Threading.Tasks;
using VerifyFilter = ConversationHooks.Analyzers.Tests.TestHelpers.Verify<ConversationHooks.Analyzers.ConversationHooksAnalyzer>;

namespace ConversationHooks.Analyzers.Tests;

/// <summary>
/// Issue 20, item 2: the fix of an unknown filter keeps the webhook firing. Its first suggestion is one
/// the surrounding call can deliver (a pre-action filter fires only where a pre-event URL is set), then
/// the Programmable Chat counterpart; CWH002 and CWH009 fix all at once.
/// </summary>
public class PhaseKeepingFixTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using Twilio.Rest.Conversations.V1.Configuration;
        using ConversationSdk = Twilio.Rest.Conversations.V1.Conversation;
        using ServiceSdk = Twilio.Rest.Conversations.V1.Service.Configuration;

        """;

    private const string PostUrl = "postWebhookUrl: \"https://example.com/post\"";
    private const string PreUrl = "preWebhookUrl: \"https://example.com/pre\"";

    private static string InMethod(string body) => Usings + "class C\n{\n    void M()\n    {\n        " + body + "\n    }\n}\n";

    [Fact]
    public Task With_only_a_post_event_URL_onMessageSend_becomes_onMessageAdded()
        => VerifyFilter.CodeFixAsync(
            InMethod($"WebhookResource.Update(filters: new List<string> {{ {{|CWH001:\"onMessageSend\"|}} }}, {PostUrl});"),
            InMethod($"WebhookResource.Update(filters: new List<string> {{ \"onMessageAdded\" }}, {PostUrl});"));

    [Fact]
    public Task With_both_URLs_the_Chat_mappings_onMessageAdd_comes_first()
        => VerifyFilter.CodeFixAsync(
            InMethod($"WebhookResource.Update(filters: new List<string> {{ {{|CWH001:\"onMessageSend\"|}} }}, {PreUrl}, {PostUrl});"),
            InMethod($"WebhookResource.Update(filters: new List<string> {{ \"onMessageAdd\" }}, {PreUrl}, {PostUrl});"));

    [Fact]
    public Task With_only_a_pre_event_URL_the_pre_action_name_comes_first()
        => VerifyFilter.CodeFixAsync(
            InMethod($"WebhookResource.Update(filters: new List<string> {{ {{|CWH001:\"onMessageAded\"|}} }}, {PreUrl});"),
            InMethod($"WebhookResource.Update(filters: new List<string> {{ \"onMessageAdd\" }}, {PreUrl});"));

    [Fact]
    public Task An_options_object_with_only_a_post_event_URL_gets_post_action_names()
        => VerifyFilter.CodeFixAsync(
            InMethod("var options = new UpdateWebhookOptions { PostWebhookUrl = \"https://example.com/post\", Filters = { {|CWH001:\"onMessageSend\"|}, {|CWH001:\"onMemberAdd\"|} } };"),
            InMethod("var options = new UpdateWebhookOptions { PostWebhookUrl = \"https://example.com/post\", Filters = { \"onMessageAdded\", \"onParticipantAdded\" } };"));

    [Fact]
    public Task Chat_names_are_fixed_to_their_Conversations_counterparts_first()
        => VerifyFilter.CodeFixAsync(
            InMethod("WebhookResource.Update(filters: new List<string> { {|CWH001:\"onMessageSent\"|}, {|CWH001:\"onChannelDestroyed\"|}, {|CWH001:\"onMemberUpdated\"|} });"),
            InMethod("WebhookResource.Update(filters: new List<string> { \"onMessageAdded\", \"onConversationRemoved\", \"onParticipantUpdated\" });"));

    [Fact]
    public Task The_message_offers_only_what_the_call_can_deliver()
        => VerifyFilter.AnalyzerAsync(
            InMethod($"WebhookResource.Update(filters: new List<string> {{ {{|#0:\"onMessageSend\"|}} }}, {PostUrl});"),
            VerifyFilter.Diagnostic("CWH001").WithLocation(0).WithArguments("onMessageSend", "; did you mean 'onMessageAdded'?"));

    [Fact]
    public Task Fix_all_turns_every_pre_action_filter_of_a_conversation_webhook_into_its_counterpart()
        => VerifyFilter.CodeFixAsync(
            InMethod("ConversationSdk.WebhookResource.Create(\"CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", \"webhook\", configurationFilters: new List<string> { {|CWH002:\"onMessageAdd\"|}, {|CWH002:\"onMessageUpdate\"|}, {|CWH002:\"onParticipantRemove\"|} }); ConversationSdk.WebhookResource.Create(\"CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", \"webhook\", configurationFilters: new List<string> { {|CWH002:\"onMessageRemove\"|} });"),
            InMethod("ConversationSdk.WebhookResource.Create(\"CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", \"webhook\", configurationFilters: new List<string> { \"onMessageAdded\", \"onMessageUpdated\", \"onParticipantRemoved\" }); ConversationSdk.WebhookResource.Create(\"CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", \"webhook\", configurationFilters: new List<string> { \"onMessageRemoved\" });"));

    [Fact]
    public Task A_pre_action_filter_in_a_call_with_only_a_post_event_URL_is_fixed_to_its_counterpart()
        => VerifyFilter.CodeFixAsync(
            InMethod($"WebhookResource.Update(filters: new List<string> {{ {{|CWH009:\"onMessageAdd\"|}}, {{|CWH009:\"onConversationUpdate\"|}}, \"onUserAdded\" }}, {PostUrl});"),
            InMethod($"WebhookResource.Update(filters: new List<string> {{ \"onMessageAdded\", \"onConversationUpdated\", \"onUserAdded\" }}, {PostUrl});"));

    [Fact]
    public Task One_fix_all_pass_fixes_unknown_undelivered_and_pre_action_filters_together_as_dotnet_format_runs_it()
        => VerifyFilter.CodeFixAsync(
            InMethod($"WebhookResource.Update(filters: new List<string> {{ {{|CWH001:\"onMessageSend\"|}}, {{|CWH009:\"onConversationUpdate\"|}} }}, {PostUrl}); ConversationSdk.WebhookResource.Create(\"CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", \"webhook\", configurationFilters: new List<string> {{ {{|CWH002:\"onMessageAdd\"|}} }});"),
            InMethod($"WebhookResource.Update(filters: new List<string> {{ \"onMessageAdded\", \"onConversationUpdated\" }}, {PostUrl}); ConversationSdk.WebhookResource.Create(\"CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", \"webhook\", configurationFilters: new List<string> {{ \"onMessageAdded\" }});"),
            oneFixAllPass: true);
}
