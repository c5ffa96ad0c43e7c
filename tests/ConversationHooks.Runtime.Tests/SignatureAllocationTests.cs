using static ConversationHooks.Runtime.Tests.SignedRequests;
using static ConversationHooks.Runtime.Tests.TypicalRequests;

namespace ConversationHooks.Runtime.Tests;

/// <summary>On .NET 8 and later a signature check runs on stack and pooled buffers: nothing is allocated.</summary>
public class SignatureAllocationTests
{
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
