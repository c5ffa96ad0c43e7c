using System.Threading.Tasks;
using ConversationHooks.Analyzers.Tests.TestHelpers;
using Microsoft.CodeAnalysis.Testing;
using VerifyFilter = ConversationHooks.Analyzers.Tests.TestHelpers.Verify<ConversationHooks.Analyzers.WebhookFilterAnalyzer>;

namespace ConversationHooks.Analyzers.Tests;

public class WebhookFilterAnalyzerTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using Twilio.Rest.Conversations.V1.Configuration;
        using ConversationSdk = Twilio.Rest.Conversations.V1.Conversation;
        using ServiceSdk = Twilio.Rest.Conversations.V1.Service.Configuration;

        """;

    private static string InMethod(string body) => Usings + "class C\n{\n    void M()\n    {\n        " + body + "\n    }\n}\n";

    [Theory]
    [InlineData("WebhookResource.Update(\"POST\", new List<string> { {|CWH001:\"onMessageSend\"|} });")]
    [InlineData("WebhookResource.Update(filters: new List<string> { {|CWH001:\"onMessageSend\"|} });")]
    [InlineData("WebhookResource.UpdateAsync(filters: new List<string> { \"onMessageAdded\", {|CWH001:\"OnMessageAdded\"|} });")]
    [InlineData("WebhookResource.Update(filters: new List<string>(new[] { {|CWH001:\"onMessageSend\"|} }));")]
    [InlineData("WebhookResource.Update(filters: new List<string>(new string[] { {|CWH001:\"onMessageSend\"|} }));")]
    [InlineData("WebhookResource.Update(filters: [\"onMessageAdded\", {|CWH001:\"onMessageSend\"|}]);")]
    [InlineData("var options = new UpdateWebhookOptions { Filters = new List<string> { {|CWH001:\"onMessageSend\"|} } };")]
    [InlineData("var options = new UpdateWebhookOptions(); options.Filters = new List<string> { {|CWH001:\"onMessageSend\"|} };")]
    [InlineData("var options = new UpdateWebhookOptions { Filters = new List<string>() }; options.Filters.Add({|CWH001:\"onMessageSend\"|});")]
    [InlineData("var options = new UpdateWebhookOptions { Filters = new List<string>() }; options.Filters.AddRange(new[] { {|CWH001:\"onMessageSend\"|} });")]
    [InlineData("var options = new UpdateWebhookOptions { Filters = { {|CWH001:\"onMessageSend\"|} } };")]
    [InlineData("WebhookResource.Update(filters: new List<string> { {|CWH001:\"onMessage\" + \"Send\"|} });")]
    [InlineData("const string filter = \"onMessageSend\"; WebhookResource.Update(filters: new List<string> { {|CWH001:filter|} });")]
    [InlineData("var filters = new List<string> { {|CWH001:\"onMessageSend\"|} }; WebhookResource.Update(filters: filters);")]
    [InlineData("ServiceSdk.WebhookResource.Update(\"ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", filters: new List<string> { {|CWH001:\"onMessageSend\"|} });")]
    [InlineData("var options = new ConversationSdk.CreateWebhookOptions(\"CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", \"webhook\") { ConfigurationFilters = new List<string> { {|CWH001:\"onMessageSent\"|} } };")]
    public Task An_unknown_filter_is_reported_on_its_literal(string body)
        => VerifyFilter.AnalyzerAsync(InMethod(body));

    [Fact]
    public Task A_referenced_constant_is_reported_on_the_reference_not_its_declaration()
        => VerifyFilter.AnalyzerAsync(Usings + """
            class C
            {
                const string Sent = "onMessageSend";
                void M() => WebhookResource.Update(filters: new List<string> { {|CWH001:Sent|} });
            }
            """);

    [Theory]
    [InlineData("WebhookResource.Update(filters: new List<string> { \"onMessageAdded\", \"onUserUpdated\" });")]
    [InlineData("var f = Console.ReadLine(); WebhookResource.Update(filters: new List<string> { f });")]
    [InlineData("var filters = new List<string> { \"onMessageSend\" }; filters = new List<string>(); WebhookResource.Update(filters: filters);")]
    [InlineData("Console.WriteLine(\"onMessageSend\"); var x = new List<string> { \"onMessageSend\" };")]
    [InlineData("WebhookResource.Update(filters: null);")]
    public Task Valid_filters_non_constants_and_unrelated_strings_are_not_reported(string body)
        => VerifyFilter.AnalyzerAsync(InMethod(body));

    [Fact]
    public Task A_look_alike_member_of_another_type_is_not_reported()
        => VerifyFilter.AnalyzerAsync(Usings + """
            class WebhookResource2
            {
                public static void Update(List<string> filters = null, string method = null) { }
            }
            class Options { public List<string> Filters { get; set; } }
            class C
            {
                void M()
                {
                    WebhookResource2.Update(filters: new List<string> { "onMessageSend" }, method: "PUT");
                    var o = new Options { Filters = new List<string> { "onMessageSend" } };
                }
            }
            """);

    [Fact]
    public Task The_message_names_the_closest_filters()
        => VerifyFilter.AnalyzerAsync(
            InMethod("WebhookResource.Update(filters: new List<string> { {|#0:\"onMessageSend\"|} });"),
            VerifyFilter.Diagnostic("CWH001").WithLocation(0).WithArguments("onMessageSend", "; did you mean 'onMessageAdd' or 'onMessageAdded'?"));

    [Fact]
    public Task A_user_event_at_service_scope_is_a_warning()
        => VerifyFilter.AnalyzerAsync(
            InMethod("ServiceSdk.WebhookResource.Update(\"ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", filters: new List<string> { \"onMessageAdded\", {|#0:\"onUserUpdated\"|} });"),
            VerifyFilter.Diagnostic("CWH002").WithLocation(0).WithArguments("onUserUpdated", "service", " (it is delivered at account, conversation scope)"));

    [Fact]
    public Task A_pre_action_event_on_a_conversation_webhook_is_a_warning()
        => VerifyFilter.AnalyzerAsync(
            InMethod("ConversationSdk.WebhookResource.Create(\"CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", \"webhook\", configurationFilters: new List<string> { {|#0:\"onMessageAdd\"|} });"),
            VerifyFilter.Diagnostic("CWH002").WithLocation(0).WithArguments("onMessageAdd", "conversation", "; pre-action events are not delivered there, use its post-action counterpart 'onMessageAdded'"));

    [Fact]
    public Task A_parameter_marked_WebhookFilterName_is_checked()
        => VerifyFilter.AnalyzerAsync(Usings + """
            using ConversationHooks;
            class Hooks
            {
                public void Subscribe([WebhookFilterName] string filter) { }
                public void SubscribeAll([WebhookFilterName] IEnumerable<string> filters) { }
                [WebhookFilterName] public string Default { get; set; }
            }
            class C
            {
                void M(Hooks hooks)
                {
                    hooks.Subscribe({|CWH001:"onMesageAdded"|});
                    hooks.Subscribe("onMessageAdded");
                    hooks.SubscribeAll(new[] { {|CWH001:"onParticipantJoined"|} });
                    hooks.Default = {|CWH001:"onUserRemoved"|};
                }
            }
            """);

    [Fact]
    public Task The_generated_FromWireName_is_checked()
        => VerifyFilter.AnalyzerAsync(
            "class C { void M() { var v = ConversationHooks.WebhookFilterValue.FromWireName({|CWH001:\"onMessageSend\"|}); } }",
            generated: true,
            spec: null);

    [Fact]
    public Task A_valid_filter_literal_can_use_the_generated_constant()
        => VerifyFilter.AnalyzerAsync(
            InMethod("WebhookResource.Update(filters: new List<string> { {|#0:\"onMessageAdded\"|}, ConversationHooks.WebhookFilterNames.OnMessageRemoved });"),
            generated: true,
            spec: null,
            VerifyFilter.Diagnostic("CWH007").WithLocation(0).WithArguments("onMessageAdded", "WebhookFilterNames.OnMessageAdded"));

    [Fact]
    public Task A_project_spec_with_an_extra_filter_makes_it_valid()
        => VerifyFilter.AnalyzerAsync(
            InMethod("WebhookResource.Update(filters: new List<string> { \"onTypingStarted\", {|CWH001:\"onTypingStoped\"|} });"),
            generated: false,
            spec: TestReferences.BuiltInSpec.Replace(
                "\"filters\": [",
                "\"filters\": [\n    {\"name\": \"onTypingStarted\", \"phase\": \"post\", \"resource\": \"user\", \"scopes\": [\"account\"], \"description\": \"Typing.\", \"parameters\": []},"));

    [Fact]
    public Task A_broken_project_spec_disables_the_checks_instead_of_crashing()
        => VerifyFilter.AnalyzerAsync(
            InMethod("WebhookResource.Update(filters: new List<string> { \"onMessageSend\" });"),
            generated: false,
            spec: "{ \"version\": ");

    [Fact]
    public Task Without_the_Twilio_SDK_or_the_runtime_nothing_is_checked()
    {
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<WebhookFilterAnalyzer, DefaultVerifier>
        {
            TestCode = "class C { void Update(System.Collections.Generic.List<string> filters) { } void M() => Update(new System.Collections.Generic.List<string> { \"onMessageSend\" }); }",
            ReferenceAssemblies = TestReferences.None,
        };
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
        return test.RunAsync();
    }

    [Theory]
    [InlineData("WebhookResource.Update(filters: new List<string> { {|CWH001:\"onMessageSend\"|}, {|CS0103:undefined|} });")]
    [InlineData("WebhookResource.Update(filters: new List<string> { \"onMessageSend\" }, {|CS1739:nope|}: 1);")]
    public Task Broken_user_code_does_not_crash_the_analyzer(string body)
        => VerifyFilter.AnalyzerAsync(InMethod(body));
}
