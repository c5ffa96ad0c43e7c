using System.Net;
using ConversationHooks.AspNetCore;
using ConversationHooks.AspNetCore.Tests.Support;

namespace ConversationHooks.AspNetCore.Tests;

/// <summary>What Twilio is answered: a pre-action handler's answer as it wrote it, 200 for the rest, and the observer of unhandled events.</summary>
public class AnswerTests
{
    private static readonly string MessageAdd = Fixture.ReadEvent("onMessageAdd");

    [Fact]
    public async Task A_changed_answer_is_200_with_its_json_body()
    {
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdd(e => MessageAddAnswer.Change(body: e.Body?.ToUpperInvariant())));

        using var response = await receiver.PostAsync(MessageAdd);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("{\"body\":\"HELLO & WELCOME!\"}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_rejecting_answer_is_its_status_with_no_body()
    {
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdd(e => e.Body?.Contains("welcome") == true ? e.Reject() : e.Continue()));

        using var response = await receiver.PostAsync(MessageAdd);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_async_answer_is_sent_when_it_completes()
    {
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdd(async (MessageAddEvent e, CancellationToken ct) =>
        {
            await Task.Yield();
            return e.Reject(422);
        }));

        using var response = await receiver.PostAsync(MessageAdd);

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
    }

    [Fact]
    public async Task A_continue_answer_is_200_with_no_body()
    {
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdd(e => e.Continue()));

        using var response = await receiver.PostAsync(MessageAdd);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_event_without_a_handler_is_200_and_observed()
    {
        var observed = new Recorded<UnhandledWebhookEvent>();
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnUnhandled(observed.Add));

        using var response = await receiver.PostAsync(MessageAdd);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        var unhandled = observed.Single();
        Assert.True(unhandled.IsKnownType);
        Assert.Equal("onMessageAdd", unhandled.EventType);
        Assert.IsType<MessageAddEvent>(unhandled.Event);
    }

    [Fact]
    public async Task An_unknown_event_type_is_200_and_observed()
    {
        var observed = new Recorded<UnhandledWebhookEvent>();
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnUnhandled(observed.Add));

        using var response = await receiver.PostAsync(MessageAdd.Replace("EventType=onMessageAdd", "EventType=onMessageSend"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var unknown = observed.Single();
        Assert.False(unknown.IsKnownType);
        Assert.Equal("onMessageSend", unknown.EventType);
        Assert.IsType<UnknownWebhookEvent>(unknown.Event);
    }

    [Fact]
    public async Task A_second_handler_for_the_same_event_is_refused_when_mapping()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Receiver.StartAsync(hooks =>
        {
            hooks.OnMessageAdded(e => { });
            hooks.OnMessageAdded(e => { });
        }));

        Assert.Contains("MessageAddedEvent already has a handler", error.Message);
    }
}
