using System.Threading.Tasks;
using VerifyFilter = ConversationHooks.Analyzers.Tests.TestHelpers.Verify<ConversationHooks.Analyzers.ConversationHooksAnalyzer>;

namespace ConversationHooks.Analyzers.Tests;

/// <summary>
/// Issue 20, item 3: a string compared with the event type read from a request is a filter name. A
/// Programmable Chat name there (the branch never runs: Conversations never sends it) is CWH001, fixed
/// to its Conversations counterpart.
/// </summary>
public class ReceiverEventNameTests
{
    // Shapes of ASP.NET Core's request (a form and a query of StringValues, compared with strings through
    // an operator) and of a model-bound payload, without referencing ASP.NET Core.
    private const string Request = """
        using System;
        using System.Collections.Generic;

        struct StringValues
        {
            public static bool operator ==(StringValues left, string right) => false;
            public static bool operator !=(StringValues left, string right) => true;
            public static implicit operator string(StringValues values) => null;
            public override bool Equals(object obj) => false;
            public override int GetHashCode() => 0;
            public override string ToString() => null;
        }

        class Collection { public StringValues this[string key] => default; }
        class HttpRequest { public Collection Form { get; } = new Collection(); public Collection Query { get; } = new Collection(); }
        class ConversationsEvent { public string EventType { get; set; } public string Body { get; set; } }

        """;

    private static string InMethod(string body)
        => Request + "class Receiver\n{\n    void Handle(HttpRequest request, ConversationsEvent payload, Dictionary<string, string> values)\n    {\n        " + body + "\n    }\n}\n";

    [Theory]
    [InlineData("if (request.Form[\"EventType\"] == {|CWH001:\"onMessageSent\"|}) { }")]
    [InlineData("if (request.Query[\"EventType\"] != {|CWH001:\"onMemberUpdated\"|}) { }")]
    [InlineData("if ({|CWH001:\"onMessageSent\"|} == request.Form[\"EventType\"].ToString()) { }")]
    [InlineData("if (payload.EventType == {|CWH001:\"onMemberUpdated\"|}) { }")]
    [InlineData("if (values[\"EventType\"] == {|CWH001:\"onChannelDestroyed\"|}) { }")]
    [InlineData("if (values.GetValueOrDefault(\"EventType\") == {|CWH001:\"onMessageSent\"|}) { }")]
    [InlineData("var eventType = request.Form[\"EventType\"]; if (eventType == {|CWH001:\"onMessageSent\"|}) { }")]
    [InlineData("string eventType = request.Form[\"EventType\"]; if (eventType.Equals({|CWH001:\"onMessageSent\"|})) { }")]
    [InlineData("if (string.Equals(payload.EventType, {|CWH001:\"onMemberUpdated\"|}, StringComparison.Ordinal)) { }")]
    [InlineData("switch (payload.EventType) { case {|CWH001:\"onMessageSent\"|}: break; case \"onMessageAdded\": break; }")]
    [InlineData("switch ((string)request.Form[\"EventType\"]) { case {|CWH001:\"onMemberUpdated\"|} when payload.Body != null: break; }")]
    [InlineData("var handled = payload.EventType switch { {|CWH001:\"onMessageSent\"|} => true, \"onMessageAdded\" => true, _ => false };")]
    [InlineData("if (payload.EventType is {|CWH001:\"onMessageSent\"|} or \"onMessageUpdated\" or {|CWH001:\"onMemberUpdated\"|}) { }")]
    [InlineData("if (payload.EventType is not {|CWH001:\"onMessageSend\"|}) { }")]
    public Task A_Chat_or_misspelled_name_compared_with_the_event_type_is_reported(string body)
        => VerifyFilter.AnalyzerAsync(InMethod(body));

    [Theory]
    [InlineData("if (request.Form[\"EventType\"] == \"onMessageAdded\" || payload.EventType == \"onParticipantUpdated\") { }")]
    [InlineData("if (payload.Body == \"onMessageSent\") { }")]
    [InlineData("if (request.Form[\"Body\"] == \"onMessageSent\") { }")]
    [InlineData("if (payload.EventType == \"push\" || payload.EventType == \"\" || payload.EventType == null) { }")]
    [InlineData("var name = \"onMessageSent\"; if (name == \"onMessageSent\") { }")]
    [InlineData("var eventType = request.Form[\"EventType\"]; eventType = request.Form[\"Type\"]; if (eventType == \"onMessageSent\") { }")]
    public Task Valid_names_other_values_and_other_keys_are_not_reported(string body)
        => VerifyFilter.AnalyzerAsync(InMethod(body));

    [Fact]
    public Task The_message_names_the_Conversations_counterpart_first()
        => VerifyFilter.AnalyzerAsync(
            InMethod("if (payload.EventType == {|#0:\"onMemberUpdated\"|}) { }"),
            VerifyFilter.Diagnostic("CWH001").WithLocation(0).WithArguments("onMemberUpdated", "; did you mean 'onParticipantUpdated' or 'onUserUpdated'?"));

    [Fact]
    public Task Chat_names_in_a_receiver_are_fixed_to_their_Conversations_counterparts()
        => VerifyFilter.CodeFixAsync(
            InMethod("switch (payload.EventType) { case {|CWH001:\"onMessageSent\"|}: break; } if (request.Form[\"EventType\"] == {|CWH001:\"onMemberUpdated\"|}) { } if (payload.EventType is {|CWH001:\"onChannelAdded\"|}) { }"),
            InMethod("switch (payload.EventType) { case \"onMessageAdded\": break; } if (request.Form[\"EventType\"] == \"onParticipantUpdated\") { } if (payload.EventType is \"onConversationAdded\") { }"));
}
