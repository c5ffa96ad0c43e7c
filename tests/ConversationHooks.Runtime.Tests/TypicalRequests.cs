namespace ConversationHooks.Runtime.Tests;

/// <summary>Requests as Twilio sends them, shared with the benchmarks (bench links this file).</summary>
internal static class TypicalRequests
{
    public const string Url = "https://hooks.example.com/twilio/conversations";

    /// <summary>An onMessageAdded delivery as Twilio posts it (parameters of domain.md section 3, made-up SIDs).</summary>
    public const string MessageAddedBody =
        "AccountSid=AC00000000000000000000000000000001&EventType=onMessageAdded&Source=SDK&ClientIdentity=alice"
        + "&RetryCount=0&ChatServiceSid=IS00000000000000000000000000000002&ConversationSid=CH00000000000000000000000000000003"
        + "&MessageSid=IM00000000000000000000000000000004&MessagingServiceSid=MG00000000000000000000000000000005&Index=3"
        + "&DateCreated=2026-11-30T12%3A34%3A56.789Z&Body=Hello%2C+is+anyone+there%3F&Author=alice"
        + "&ParticipantSid=MB00000000000000000000000000000006&Attributes=%7B%22importance%22%3A%22high%22%7D";
}
