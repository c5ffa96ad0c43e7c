using System.IO;
using ConversationHooks.Analyzers.Tests.TestHelpers;
using ConversationHooks.Spec;
using ConversationHooks.Tests;
using ConversationHooks.Tools.BindingsGenerator;

namespace ConversationHooks.Analyzers.Tests;

/// <summary>The spec's bindings against the real Twilio.dll 8.2.0 the tests reference.</summary>
public class SpecBindingsTests
{
    private static readonly System.Reflection.Assembly Twilio = typeof(global::Twilio.TwilioClient).Assembly;

    [Fact]
    public void The_spec_bindings_are_the_ones_generated_from_Twilio_dll()
    {
        var spec = File.ReadAllText(Repository.PathOf("webhook-spec.json"));

        var generated = BindingsJson.ReplaceIn(spec, SdkBindings.Read(Twilio));

        Assert.True(spec == generated, "webhook-spec.json's bindings differ from Twilio.dll's; run: dotnet run --project tools/BindingsGenerator");
    }

    [Fact]
    public void Every_member_the_spec_binds_exists_in_Twilio_8_2_0()
        => Assert.Empty(BoundMembers.Missing(SpecReader.Read(TestReferences.BuiltInSpec).Spec!, Twilio));

    [Fact]
    public void A_bound_member_Twilio_does_not_have_is_found()
    {
        var spec = TestReferences.BuiltInSpec.Replace(
            "\"bindings\": [",
            """
            "bindings": [
                {"type": "Twilio.Rest.Conversations.V1.Conversation.ReadWebhookOptions", "methods": [".ctor"],
                 "parameters": [{"name": "pathSid", "takes": "sid", "sidKinds": ["Webhook"]}]},
                {"type": "Twilio.Rest.Conversations.V1.Conversation.CreateWebhookOptions",
                 "properties": [{"name": "Target", "takes": "target", "scope": "conversation"}]},
                {"type": "Twilio.Rest.Conversations.V1.Conversation.NoSuchOptions", "methods": [".ctor"],
                 "parameters": [{"name": "pathSid", "takes": "sid", "sidKinds": ["Webhook"]}]},
            """);

        var missing = BoundMembers.Missing(SpecReader.Read(spec).Spec!, Twilio);

        Assert.Equal(
            new[]
            {
                "parameter Twilio.Rest.Conversations.V1.Conversation.ReadWebhookOptions(.ctor).pathSid",
                "settable property Twilio.Rest.Conversations.V1.Conversation.CreateWebhookOptions.Target",
                "type Twilio.Rest.Conversations.V1.Conversation.NoSuchOptions",
            },
            missing);
    }
}
