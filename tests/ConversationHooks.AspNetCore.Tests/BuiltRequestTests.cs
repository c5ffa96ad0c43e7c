using System.Net;
using System.Net.Http;
using ConversationHooks.AspNetCore.Tests.Support;

namespace ConversationHooks.AspNetCore.Tests;

/// <summary>
/// An integration test's request, made with the public test support: a generated builder's sample, signed by
/// <see cref="TwilioRequestSigner"/> through the builder's <c>Sign</c> (its body and headers), is accepted by the endpoint and read as its typed event, for every event.
/// </summary>
public class BuiltRequestTests
{
    [Theory]
    [MemberData(nameof(Fixture.EventNames), MemberType = typeof(Fixture))]
    public async Task A_builders_sample_signed_by_the_public_signer_reaches_the_app_as_its_typed_event(string filter)
    {
        var seen = new Recorded<object>();
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnUnhandled(u => seen.Add(u.Event)));
        var builder = Activator.CreateInstance(typeof(WebhookEvent).Assembly.GetType("ConversationHooks." + filter.Substring(2) + "EventBuilder", throwOnError: true)!)!;
        var signed = (SignedWebhookRequest)builder.GetType().GetMethod("Sign")!.Invoke(builder, [receiver.Url, new TwilioRequestSigner(Receiver.Token)])!;
        var body = signed.FormBody;
        using var request = signed.ToHttpRequestMessage();

        using var response = await receiver.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = Assert.IsAssignableFrom<WebhookEvent>(seen.Single());
        Assert.Equal(filter.Substring(2) + "Event", received.GetType().Name);
        Assert.Empty(received.UnreadParameters);
        Assert.Equal(body, received.ToFormBody());
    }
}
