using System.Threading.Tasks;
using VerifySid = ConversationHooks.Analyzers.Tests.TestHelpers.Verify<ConversationHooks.Analyzers.ConversationHooksAnalyzer>;

namespace ConversationHooks.Analyzers.Tests;

public class SidAnalyzerTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using ConversationSdk = Twilio.Rest.Conversations.V1.Conversation;
        using ServiceConversationSdk = Twilio.Rest.Conversations.V1.Service.Conversation;
        using ServiceSdk = Twilio.Rest.Conversations.V1.Service.Configuration;

        """;

    private const string Conversation = "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private const string Service = "ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    private static string InMethod(string body) => Usings + "class C\n{\n    void M()\n    {\n        " + body + "\n    }\n}\n";

    [Theory]
    [InlineData("ServiceSdk.WebhookResource.Fetch({|CWH003:\"IS123\"|});")]
    [InlineData("ServiceSdk.WebhookResource.FetchAsync(pathChatServiceSid: {|CWH003:\"ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaz\"|});")]
    [InlineData("var options = new ServiceSdk.FetchWebhookOptions({|CWH003:\"IS\"|});")]
    [InlineData("ConversationSdk.WebhookResource.Read({|CWH003:\"CH0123\"|});")]
    [InlineData("ConversationSdk.WebhookResource.Fetch(\"" + Conversation + "\", {|CWH003:\"WH12\"|});")]
    [InlineData("ConversationSdk.WebhookResource.Create(\"" + Conversation + "\", \"studio\", configurationFlowSid: {|CWH003:\"FWxyz\"|});")]
    [InlineData("const string sid = \"IS1\"; ServiceSdk.WebhookResource.Fetch({|CWH003:sid|});")]
    [InlineData("ServiceSdk.WebhookResource.Fetch({|CWH003:\"ISXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\"|});")]
    [InlineData("ServiceSdk.WebhookResource.Fetch({|CWH003:\"ISXXXXXXXXXXXXXXXXxxxxxxxxxxxxxxxx\"|});")]
    public Task A_malformed_SID_is_reported(string body)
        => VerifySid.AnalyzerAsync(InMethod(body));

    [Theory]
    [InlineData("ServiceSdk.WebhookResource.Fetch({|CWH004:\"" + Conversation + "\"|});")]
    [InlineData("ConversationSdk.WebhookResource.Read({|CWH004:\"" + Service + "\"|});")]
    [InlineData("ServiceConversationSdk.WebhookResource.Delete({|CWH004:\"" + Conversation + "\"|}, \"" + Conversation + "\", {|CWH004:\"" + Conversation + "\"|});")]
    [InlineData("var options = new ConversationSdk.UpdateWebhookOptions(\"" + Conversation + "\", \"WHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\") { ConfigurationFlowSid = {|CWH004:\"" + Conversation + "\"|} };")]
    [InlineData("Twilio.TwilioClient.Init({|CWH004:\"" + Conversation + "\"|}, System.Environment.GetEnvironmentVariable(\"TOKEN\"));")]
    public Task A_SID_of_the_wrong_kind_is_reported(string body)
        => VerifySid.AnalyzerAsync(InMethod(body));

    [Theory]
    [InlineData("ServiceSdk.WebhookResource.Fetch(\"" + Service + "\");")]
    [InlineData("ConversationSdk.WebhookResource.Read(\"" + Conversation + "\");")]
    [InlineData("ConversationSdk.WebhookResource.Read(\"support-chat-42\");")]
    [InlineData("ConversationSdk.WebhookResource.Read(\"CHANGELOG\");")]
    [InlineData("ConversationSdk.WebhookResource.Read(\"\");")]
    [InlineData("Twilio.TwilioClient.Init(\"SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", System.Environment.GetEnvironmentVariable(\"SECRET\"), \"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\");")]
    [InlineData("string sid = System.Console.ReadLine(); ServiceSdk.WebhookResource.Fetch(sid);")]
    public Task Valid_SIDs_unique_names_and_non_constants_are_not_reported(string body)
        => VerifySid.AnalyzerAsync(InMethod(body));

    [Theory]
    [InlineData("ConversationSdk.ParticipantResource.Create({|CWH003:\"CH123\"|});")]
    [InlineData("ConversationSdk.ParticipantResource.Update(\"" + Conversation + "\", {|CWH004:\"" + Conversation + "\"|}, roleSid: {|CWH004:\"" + Service + "\"|});")]
    [InlineData("ConversationSdk.MessageResource.Create(\"" + Conversation + "\", body: \"hi\", contentSid: {|CWH003:\"HX1\"|});")]
    [InlineData("ConversationSdk.Message.DeliveryReceiptResource.Fetch(\"" + Conversation + "\", {|CWH004:\"" + Conversation + "\"|}, {|CWH003:\"DY\"|});")]
    [InlineData("Twilio.Rest.Conversations.V1.ConversationResource.Create(messagingServiceSid: {|CWH004:\"" + Service + "\"|});")]
    [InlineData("Twilio.Rest.Conversations.V1.Service.RoleResource.Delete(\"" + Service + "\", {|CWH004:\"" + Conversation + "\"|});")]
    [InlineData("Twilio.Rest.Conversations.V1.Service.BindingResource.Fetch({|CWH004:\"" + Conversation + "\"|}, {|CWH003:\"BS12\"|});")]
    [InlineData("Twilio.Rest.Conversations.V1.CredentialResource.Fetch({|CWH004:\"" + Service + "\"|});")]
    [InlineData("Twilio.Rest.Conversations.V1.ServiceResource.Delete({|CWH004:\"" + Conversation + "\"|});")]
    [InlineData("var options = new ServiceConversationSdk.CreateParticipantOptions({|CWH004:\"" + Conversation + "\"|}, \"" + Conversation + "\") { RoleSid = {|CWH003:\"RL1\"|} };")]
    [InlineData("var token = new Twilio.Jwt.AccessToken.Token(\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", {|CWH004:\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"|}, System.Environment.GetEnvironmentVariable(\"SECRET\"));")]
    public Task SIDs_are_checked_on_every_Conversations_call(string body)
        => VerifySid.AnalyzerAsync(InMethod(body));

    [Theory]
    [InlineData("ConversationSdk.ParticipantResource.Read(\"support-chat-42\");")]
    [InlineData("Twilio.Rest.Conversations.V1.UserResource.Fetch(\"alice@example.com\");")]
    [InlineData("Twilio.Rest.Conversations.V1.Service.User.UserConversationResource.Fetch(\"" + Service + "\", \"alice\", \"support-chat-42\");")]
    public Task Unique_names_and_identities_stand_where_Twilio_takes_them(string body)
        => VerifySid.AnalyzerAsync(InMethod(body));

    [Theory]
    [InlineData("ServiceSdk.WebhookResource.Fetch({|CWH008:\"ISXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\"|});")]
    [InlineData("ConversationSdk.WebhookResource.Fetch({|CWH008:\"CHXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\"|}, {|CWH008:\"WHXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\"|});")]
    [InlineData("ConversationSdk.ParticipantResource.Fetch({|CWH008:\"CHxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"|}, {|CWH008:\"MBxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"|});")]
    [InlineData("Twilio.TwilioClient.Init({|CWH008:\"ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\"|}, System.Environment.GetEnvironmentVariable(\"TOKEN\"));")]
    [InlineData("var token = new Twilio.Jwt.AccessToken.Token({|CWH008:\"ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\"|}, {|CWH008:\"SKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\"|}, System.Environment.GetEnvironmentVariable(\"SECRET\"));")]
    public Task A_placeholder_SID_of_the_expected_kind_is_a_placeholder_warning(string body)
        => VerifySid.AnalyzerAsync(InMethod(body));

    [Fact]
    public Task A_placeholder_SID_of_another_kind_is_of_the_wrong_kind()
        => VerifySid.AnalyzerAsync(InMethod("ServiceSdk.WebhookResource.Fetch({|CWH004:\"CHXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\"|});"));

    [Fact]
    public Task The_placeholder_message_names_the_place()
        => VerifySid.AnalyzerAsync(
            InMethod("ConversationSdk.WebhookResource.Read({|#0:\"CHXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\"|});"),
            VerifySid.Diagnostic("CWH008").WithLocation(0).WithArguments("CHXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "pathConversationSid", "a Conversation SID (CH…)"));

    [Fact]
    public Task The_messages_say_which_rule_failed_and_which_kinds_are_involved()
        => VerifySid.AnalyzerAsync(
            InMethod("ServiceSdk.WebhookResource.Fetch({|#0:\"IS123\"|}); ServiceSdk.WebhookResource.Fetch({|#1:\"" + Conversation + "\"|});"),
            VerifySid.Diagnostic("CWH003").WithLocation(0).WithArguments("'IS123' is not a valid ChatService SID: a SID is 34 characters long, this one has 5."),
            VerifySid.Diagnostic("CWH004").WithLocation(1).WithArguments(Conversation, "a Conversation SID (CH…)", "pathChatServiceSid", "a ChatService SID (IS…)"));

    [Fact]
    public Task A_kind_starting_with_a_vowel_is_an_Account_SID_in_messages()
        => VerifySid.AnalyzerAsync(
            InMethod("Twilio.TwilioClient.Init({|#0:\"" + Conversation + "\"|}, System.Environment.GetEnvironmentVariable(\"TOKEN\"));"),
            VerifySid.Diagnostic("CWH004").WithLocation(0).WithArguments(Conversation, "a Conversation SID (CH…)", "username", "an Account SID (AC…) or an ApiKey SID (SK…)"));

    [Fact]
    public Task Members_marked_Sid_are_checked()
        => VerifySid.AnalyzerAsync(Usings + """
            using ConversationHooks;
            class Store
            {
                public void Remove([Sid("CH")] string conversation) { }
                [Sid("AC")] public string Account { get; set; }
            }
            class C
            {
                void M(Store store)
                {
                    store.Remove({|CWH004:"ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"|});
                    store.Remove({|CWH003:"CH12"|});
                    store.Remove("CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
                    store.Account = {|CWH003:"AC"|};
                }
            }
            """);

    [Fact]
    public Task The_SIDs_of_TwilioCredentials_are_checked()
        => VerifySid.AnalyzerAsync(Usings + """
            using ConversationHooks;
            class C
            {
                void M(string token)
                {
                    TwilioCredentials.FromAuthToken({|CWH004:"CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"|}, token);
                    TwilioCredentials.FromApiKey("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", {|CWH003:"SK12"|}, token);
                    TwilioCredentials.FromApiKey("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", token);
                }
            }
            """);

    [Fact]
    public Task The_generated_Parse_is_checked()
        => VerifySid.AnalyzerAsync(
            "class C { void M() { var a = ConversationHooks.AccountSid.Parse({|CWH003:\"AC123\"|}); var b = ConversationHooks.ConversationSid.Parse({|CWH004:\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"|}); } }",
            generated: true,
            spec: null);
}
