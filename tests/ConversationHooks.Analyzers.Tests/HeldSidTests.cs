using System.Threading.Tasks;
using VerifySid = ConversationHooks.Analyzers.Tests.TestHelpers.Verify<ConversationHooks.Analyzers.ConversationHooksAnalyzer>;

namespace ConversationHooks.Analyzers.Tests;

/// <summary>
/// Issue 20, item 4: the kind of SID a Twilio resource's <c>Sid</c> (and its other SID properties) holds
/// is data in the spec; a value read from one that reaches a place taking another kind is CWH004.
/// </summary>
public class HeldSidTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using Twilio.Rest.Conversations.V1;
        using ServiceSdk = Twilio.Rest.Conversations.V1.Service;
        using ConversationSdk = Twilio.Rest.Conversations.V1.Conversation;

        """;

    private static string InMethod(string body)
        => Usings + "class C\n{\n    void M(ConversationResource conversation, ConversationSdk.ParticipantResource participant, ServiceResource service)\n    {\n        " + body + "\n    }\n}\n";

    [Theory]
    [InlineData("var options = new UpdateRoleOptions({|CWH004:conversation.Sid|}, new List<string>());")]
    [InlineData("RoleResource.Fetch({|CWH004:conversation.Sid|});")]
    [InlineData("ConversationSdk.ParticipantResource.Fetch({|CWH004:service.Sid|}, {|CWH004:conversation.Sid|});")]
    [InlineData("ConversationSdk.ParticipantResource.Update(conversation.Sid, participant.Sid, roleSid: {|CWH004:participant.ConversationSid|});")]
    [InlineData("var options = new ServiceSdk.UpdateRoleOptions({|CWH004:conversation.Sid|}, {|CWH004:conversation.ChatServiceSid|}, new List<string>());")]
    public Task A_resources_SID_of_another_kind_is_reported(string body)
        => VerifySid.AnalyzerAsync(InMethod(body));

    [Theory]
    [InlineData("ConversationSdk.ParticipantResource.Fetch(conversation.Sid, participant.Sid);")]
    [InlineData("ConversationSdk.ParticipantResource.Fetch(participant.ConversationSid, participant.Sid);")]
    [InlineData("var options = new ServiceSdk.UpdateRoleOptions(conversation.ChatServiceSid, participant.RoleSid, new List<string>());")]
    [InlineData("ConversationSdk.ParticipantResource.Read(conversation.UniqueName);")]
    public Task A_resources_SID_of_the_expected_kind_is_not_reported(string body)
        => VerifySid.AnalyzerAsync(InMethod(body));

    [Fact]
    public Task The_message_names_the_property_and_both_kinds()
        => VerifySid.AnalyzerAsync(
            InMethod("var options = new UpdateRoleOptions({|#0:conversation.Sid|}, new List<string>());"),
            VerifySid.Diagnostic("CWH004").WithLocation(0).WithArguments("conversation.Sid", "a Conversation SID (CH…)", "pathSid", "a Role SID (RL…)"));
}
