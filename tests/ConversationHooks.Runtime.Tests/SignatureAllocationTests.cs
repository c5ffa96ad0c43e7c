using static ConversationHooks.Runtime.Tests.SignedRequests;

namespace ConversationHooks.Runtime.Tests;

/// <summary>On .NET 8 and later a signature check runs on stack and pooled buffers: nothing is allocated.</summary>
public class SignatureAllocationTests
{
    private const string Url = "https://hooks.example.com/twilio/conversations";

    /// <summary>An onMessageAdded delivery as Twilio posts it (parameters of domain.md section 3, made-up SIDs).</summary>
    private const string MessageAddedBody =
        "AccountSid=AC00000000000000000000000000000001&EventType=onMessageAdded&Source=SDK&ClientIdentity=alice"
        + "&RetryCount=0&ChatServiceSid=IS00000000000000000000000000000002&ConversationSid=CH00000000000000000000000000000003"
        + "&MessageSid=IM00000000000000000000000000000004&MessagingServiceSid=MG00000000000000000000000000000005&Index=3"
        + "&DateCreated=2026-11-30T12%3A34%3A56.789Z&Body=Hello%2C+is+anyone+there%3F&Author=alice"
        + "&ParticipantSid=MB00000000000000000000000000000006&Attributes=%7B%22importance%22%3A%22high%22%7D";

    [Fact]
    public void Validating_a_typical_onMessageAdded_request_allocates_nothing()
    {
        var parameters = FormReader.Parse(MessageAddedBody);
        var validator = new TwilioRequestValidator("auth-token");
        var signature = Sign("auth-token", Url, parameters);
        Assert.True(validator.IsValid(Url, parameters, signature, null, out _));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var valid = true;
        for (var i = 0; i < 100; i++)
        {
            valid &= validator.IsValid(Url, parameters, signature, null, out _);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(valid);
    }
}
