using System.Collections.Generic;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using ConversationHooks.AspNetCore.Tests.Support;

namespace ConversationHooks.AspNetCore.Tests;

/// <summary>Signed events over real HTTP reach the handler mapped for them, typed (every event in every style: <see cref="StyleTests"/>).</summary>
public class EventDispatchTests
{
    [Fact]
    public async Task A_handler_reads_the_typed_values_of_its_event()
    {
        var seen = new Recorded<MessageAddedEvent>();
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdded(e => seen.Add(e)));

        using var response = await receiver.PostAsync(Fixture.ReadEvent("onMessageAdded"));

        var added = seen.Single();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ConversationSid.Parse("CH1234567890abcdef1234567890abcdef"), added.ConversationSid);
        Assert.Equal("+15551234567", added.Author);
    }

    [Fact]
    public async Task A_handler_gets_services_from_the_request_scope_and_the_request_cancellation()
    {
        var store = new MessageStore();
        await using var receiver = await Receiver.StartAsync(
            hooks => hooks.OnMessageAdded(async (MessageAddedEvent e, MessageStore s, CancellationToken ct) => await s.SaveAsync(e, ct)),
            configureBuilder: builder => builder.Services.AddSingleton(store));

        using var response = await receiver.PostAsync(Fixture.ReadEvent("onMessageAdded"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("+15551234567", Assert.Single(store.Saved).Author);
    }

    [Fact]
    public async Task A_get_request_carries_its_event_in_the_query_string()
    {
        var seen = new Recorded<MessageAddedEvent>();
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdded(e => seen.Add(e)));
        var query = Fixture.ReadEvent("onMessageAdded");
        var url = receiver.Url + "?" + query;
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Twilio-Signature", TwilioSignature.Sign(Receiver.Token, url, []));

        using var response = await receiver.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("+15551234567", seen.Single().Author);
    }
}

/// <summary>A service of the app, as the example has one.</summary>
public sealed class MessageStore
{
    private readonly Recorded<MessageAddedEvent> _saved = new();

    internal IReadOnlyList<MessageAddedEvent> Saved => _saved.Items;

    internal Task SaveAsync(MessageAddedEvent e, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _saved.Add(e);
        return Task.CompletedTask;
    }
}
