using System.Linq;
using System.Net;
using ConversationHooks.AspNetCore.Tests.Support;

namespace ConversationHooks.AspNetCore.Tests;

/// <summary>A redelivery (same I-Twilio-Idempotency-Token) is answered as the first delivery was, without calling the handler again.</summary>
public class DuplicateTests
{
    private static readonly string MessageAdd = Fixture.ReadEvent("onMessageAdd");

    [Fact]
    public async Task A_redelivery_is_answered_the_same_without_calling_the_handler_again()
    {
        var calls = new Recorded<MessageAddEvent>();
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdd(e =>
        {
            calls.Add(e);
            return MessageAddAnswer.Change(body: "[checked]");
        }));

        using var first = await receiver.PostAsync(MessageAdd, idempotencyToken: "delivery-1");
        using var second = await receiver.PostAsync(MessageAdd, idempotencyToken: "delivery-1");

        Assert.Single(calls.Items);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_redelivery_of_a_rejection_is_rejected_again()
    {
        var calls = new Recorded<MessageAddEvent>();
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdd(e =>
        {
            calls.Add(e);
            return e.Reject();
        }));

        using var first = await receiver.PostAsync(MessageAdd, idempotencyToken: "delivery-1");
        using var second = await receiver.PostAsync(MessageAdd, idempotencyToken: "delivery-1");

        Assert.Single(calls.Items);
        Assert.Equal(HttpStatusCode.Forbidden, second.StatusCode);
    }

    [Fact]
    public async Task Concurrent_redeliveries_call_the_handler_once()
    {
        var calls = new Recorded<MessageAddedEvent>();
        var release = new TaskCompletionSource();
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdded(async e =>
        {
            calls.Add(e);
            await release.Task;
        }));
        var body = Fixture.ReadEvent("onMessageAdded");

        var deliveries = Enumerable.Range(0, 8).Select(_ => receiver.PostAsync(body, idempotencyToken: "delivery-1")).ToList();
        await Bounded.UntilAsync(() => calls.Items.Count > 0, "the first delivery's handler");

        release.SetResult();
        var responses = await Task.WhenAll(deliveries);

        Assert.Single(calls.Items);
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    [Fact]
    public async Task Different_tokens_are_different_deliveries()
    {
        var calls = new Recorded<MessageAddEvent>();
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdd(e =>
        {
            calls.Add(e);
            return e.Continue();
        }));

        using var first = await receiver.PostAsync(MessageAdd, idempotencyToken: "delivery-1");
        using var second = await receiver.PostAsync(MessageAdd, idempotencyToken: "delivery-2");

        Assert.Equal(2, calls.Items.Count);
    }

    [Fact]
    public async Task A_redelivery_after_a_failure_calls_the_handler_again()
    {
        var calls = new Recorded<MessageAddedEvent>();
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdded(e =>
        {
            calls.Add(e);
            if (calls.Items.Count == 1)
            {
                throw new InvalidOperationException("the store is down");
            }
        }));
        var body = Fixture.ReadEvent("onMessageAdded");

        using var first = await receiver.PostAsync(body, idempotencyToken: "delivery-1");
        using var second = await receiver.PostAsync(body, idempotencyToken: "delivery-1");

        Assert.Equal(HttpStatusCode.InternalServerError, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(2, calls.Items.Count);
    }

    [Fact]
    public async Task With_a_zero_window_redeliveries_are_handled_again()
    {
        var calls = new Recorded<MessageAddEvent>();
        await using var receiver = await Receiver.StartAsync(
            hooks => hooks.OnMessageAdd(e =>
            {
                calls.Add(e);
                return e.Continue();
            }),
            new Dictionary<string, string?> { ["Twilio:AuthToken"] = Receiver.Token, ["Twilio:DuplicateWindow"] = "00:00:00" });

        using var first = await receiver.PostAsync(MessageAdd, idempotencyToken: "delivery-1");
        using var second = await receiver.PostAsync(MessageAdd, idempotencyToken: "delivery-1");

        Assert.Equal(2, calls.Items.Count);
    }

    [Fact]
    public async Task Two_endpoints_never_share_an_answer_for_the_same_token()
    {
        var first = new Recorded<MessageAddEvent>();
        var second = new Recorded<MessageAddEvent>();
        await using var receiver = await Receiver.StartAsync(
            hooks => hooks.OnMessageAdd(e =>
            {
                first.Add(e);
                return e.Reject();
            }),
            configureApp: app => app.MapConversationsWebhooks("/twilio/other", hooks => hooks.OnMessageAdd(e =>
            {
                second.Add(e);
                return e.Continue();
            })));

        using var rejected = await receiver.PostAsync(MessageAdd, idempotencyToken: "delivery-1");
        using var other = await receiver.PostAsync(MessageAdd, idempotencyToken: "delivery-1", path: "/twilio/other");

        Assert.Equal(HttpStatusCode.Forbidden, rejected.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Single(first.Items);
        Assert.Single(second.Items);
    }
}
