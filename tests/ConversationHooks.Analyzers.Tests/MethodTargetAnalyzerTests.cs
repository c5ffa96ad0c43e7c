using System.Threading.Tasks;
using ConversationHooks.Analyzers.Tests.TestHelpers;
using VerifyMethod = ConversationHooks.Analyzers.Tests.TestHelpers.Verify<ConversationHooks.Analyzers.ConversationHooksAnalyzer>;

namespace ConversationHooks.Analyzers.Tests;

public class MethodTargetAnalyzerTests
{
    private const string Usings = """
        using Twilio.Rest.Conversations.V1.Configuration;
        using ConversationSdk = Twilio.Rest.Conversations.V1.Conversation;
        using ServiceSdk = Twilio.Rest.Conversations.V1.Service.Configuration;

        """;

    private const string Conversation = "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    private static string InMethod(string body) => Usings + "class C\n{\n    void M()\n    {\n        " + body + "\n    }\n}\n";

    [Theory]
    [InlineData("WebhookResource.Update(method: {|CWH005:\"PUT\"|});")]
    [InlineData("WebhookResource.Update({|CWH005:\"PATCH\"|});")]
    [InlineData("WebhookResource.Update(target: {|CWH005:\"studio\"|});")]
    [InlineData("var options = new UpdateWebhookOptions { Method = {|CWH005:\"DELETE\"|}, Target = {|CWH005:\"trigger\"|} };")]
    [InlineData("ServiceSdk.WebhookResource.Update(\"ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", method: {|CWH005:\"PUT\"|});")]
    [InlineData("ConversationSdk.WebhookResource.Create(\"" + Conversation + "\", {|CWH005:\"flex\"|}, configurationMethod: {|CWH005:\"put\"|});")]
    [InlineData("var options = new ConversationSdk.CreateWebhookOptions(\"" + Conversation + "\", \"webhook\") { ConfigurationMethod = {|CWH005:\"head\"|} };")]
    public Task A_method_or_target_the_scope_does_not_accept_is_reported(string body)
        => VerifyMethod.AnalyzerAsync(InMethod(body));

    [Theory]
    [InlineData("WebhookResource.Update(method: \"POST\", target: \"flex\");")]
    [InlineData("WebhookResource.Update(method: \"get\");")]
    [InlineData("ConversationSdk.WebhookResource.Create(\"" + Conversation + "\", \"studio\", configurationMethod: \"GET\");")]
    [InlineData("ConversationSdk.WebhookResource.Create(\"" + Conversation + "\", ConversationSdk.WebhookResource.TargetEnum.Trigger);")]
    [InlineData("WebhookResource.Update(target: WebhookResource.TargetEnum.Webhook);")]
    public Task Accepted_methods_and_targets_in_either_method_casing_are_not_reported(string body)
        => VerifyMethod.AnalyzerAsync(InMethod(body));

    [Fact]
    public Task A_method_spelled_with_a_non_ASCII_look_alike_letter_is_reported()
        => VerifyMethod.AnalyzerAsync(InMethod("WebhookResource.Update(method: {|CWH005:\"po\u017Ft\"|});"));

    [Fact]
    public Task A_scope_whose_spec_does_not_say_methodsIgnoreCase_takes_its_methods_exactly()
        => VerifyMethod.AnalyzerAsync(
            InMethod("WebhookResource.Update(method: {|CWH005:\"post\"|}); WebhookResource.Update(method: \"POST\");"),
            generated: false,
            spec: TestReferences.BuiltInSpec.Replace("\"methods\": [\"GET\", \"POST\"],\n      \"methodsIgnoreCase\": true,", "\"methods\": [\"GET\", \"POST\"],"));

    [Fact]
    public Task The_message_lists_what_the_scope_accepts()
        => VerifyMethod.AnalyzerAsync(
            InMethod("WebhookResource.Update(method: {|#0:\"PUT\"|}, target: {|#1:\"studio\"|});"),
            VerifyMethod.Diagnostic("CWH005").WithLocation(0).WithArguments("PUT", "method", "account", "'GET', 'POST'"),
            VerifyMethod.Diagnostic("CWH005").WithLocation(1).WithArguments("studio", "target", "account", "'webhook', 'flex'"));

    [Fact]
    public Task The_generated_FromWireName_of_methods_and_targets_is_checked()
        => VerifyMethod.AnalyzerAsync(
            "class C { void M() { var m = ConversationHooks.AccountWebhookMethodValue.FromWireName({|CWH005:\"PUT\"|}); var t = ConversationHooks.ConversationWebhookTargetValue.FromWireName({|CWH005:\"flex\"|}); } }",
            generated: true,
            spec: null);
}
