using System.Collections.Concurrent;
using System.Linq;
using System.Net;
using ConversationHooks.AspNetCore.Redis.Tests.Support;
using Microsoft.AspNetCore.Builder;

namespace ConversationHooks.AspNetCore.Redis.Tests;

/// <summary>Duplicate claims on Redis: the same event delivered to two receivers at the same instant runs once, and a crashed receiver's claim expires.</summary>
public class ClaimTests
{
    private const int Events = 1_000;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    [RedisFact]
    public async Task Two_receivers_sharing_redis_run_the_handler_once_per_event_delivered_to_both_at_the_same_instant()
    {
        var added = new ConcurrentDictionary<int, int>();
        var add = new ConcurrentDictionary<string, int>();
        Action<ConversationsWebhookHooks> hooks = h =>
        {
            h.OnMessageAdded(e => added.AddOrUpdate(Support.Events.MessageOf(e), 1, (_, n) => n + 1));
            h.OnMessageAdd(e =>
            {
                add.AddOrUpdate(e.Body!, 1, (_, n) => n + 1);
                return e.Reject();
            });
        };
        var prefix = RedisApps.NewPrefix();
        // Atomicity is what is checked: a claim look-up slower than DuplicateCacheTimeout on a loaded machine would
        // process the event without suppression by design (answering Twilio matters more), so it gets time here.
        var settings = Receiver.Settings(("Twilio:DuplicateCacheTimeout", "00:00:04"));
        await using var first = await Receiver.StartAsync(hooks, settings, configureBuilder: RedisApps.UseRedis(RedisFactAttribute.Address!, prefix));
        await using var second = await Receiver.StartAsync(hooks, settings, configureBuilder: RedisApps.UseRedis(RedisFactAttribute.Address!, prefix));
        using var firstClient = first.NewClient();
        using var secondClient = second.NewClient();
        using var bound = new CancellationTokenSource(Bound);
        var answers = new ConcurrentQueue<(HttpStatusCode First, HttpStatusCode Second, bool PreAction)>();
        var next = -1;

        // Event i: an onMessageAdded without a token (keyed by the event) or an onMessageAdd with one; both receivers at once.
        async Task DeliverUntilDone()
        {
            for (var i = Interlocked.Increment(ref next); i < Events; i = Interlocked.Increment(ref next))
            {
                var preAction = i % 2 == 1;
                var body = preAction ? Support.Events.MessageAdd(i) : Support.Events.MessageAdded(i);
                var token = preAction ? "delivery-" + i : null;
                var both = await Task.WhenAll(
                    first.PostAsync(body, idempotencyToken: token, via: firstClient, cancellationToken: bound.Token),
                    second.PostAsync(body, idempotencyToken: token, via: secondClient, cancellationToken: bound.Token));
                answers.Enqueue((both[0].StatusCode, both[1].StatusCode, preAction));
                both[0].Dispose();
                both[1].Dispose();
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(DeliverUntilDone)));

        Assert.Equal(Events, answers.Count);
        Assert.Equal(Events / 2, added.Count);
        Assert.Equal(Events / 2, add.Count);
        var warnings = string.Join("\n", first.Logs.Lines.Concat(second.Logs.Lines).Where(l => l.Level >= Microsoft.Extensions.Logging.LogLevel.Warning).Take(5));
        Assert.All(added, message => Assert.True(message.Value == 1, $"onMessageAdded of message {message.Key} was handled {message.Value} times; {warnings}"));
        Assert.All(add, message => Assert.True(message.Value == 1, $"onMessageAdd '{message.Key}' was handled {message.Value} times"));
        // Both deliveries of an event get the first one's answer.
        Assert.All(answers, a => Assert.True(a.First == a.Second, warnings));
        Assert.All(answers, a => Assert.Equal(a.PreAction ? (HttpStatusCode.Forbidden, HttpStatusCode.Forbidden) : (HttpStatusCode.OK, HttpStatusCode.OK), (a.First, a.Second)));
    }

    [RedisFact]
    public async Task A_claim_left_by_a_receiver_that_never_answered_expires_and_a_redelivery_elsewhere_then_runs_the_handler()
    {
        var prefix = RedisApps.NewPrefix();
        var started = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        Action<WebApplicationBuilder> redis = RedisApps.UseRedis(RedisFactAttribute.Address!, prefix, o => o.ClaimTimeout = TimeSpan.FromSeconds(1));
        // The first receiver takes the claim, then hangs until its client gives up: it never answers, as a crashed one.
        await using var hanging = await Receiver.StartAsync(h => h.OnMessageAdded(async (MessageAddedEvent e, WebhookDelivery delivery, CancellationToken cancellationToken) =>
        {
            started.TrySetResult(delivery.ClaimKey);
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }), configureBuilder: redis);
        var calls = new Recorded<MessageAddedEvent>();
        await using var survivor = await Receiver.StartAsync(h => h.OnMessageAdded(calls.Add), configureBuilder: redis);
        var body = Support.Events.MessageAdded(8);
        using var givingUp = new CancellationTokenSource();
        var abandoned = hanging.PostAsync(body, cancellationToken: givingUp.Token);
        var claimKey = await started.Task.WaitAsync(Bounded.Wait);
        givingUp.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);

        using var redelivered = await survivor.PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Equal(8, Support.Events.MessageOf(calls.Single()));
        Assert.StartsWith("ConversationHooks:idempotency:", claimKey);
    }

    [RedisFact]
    public async Task A_failed_handler_releases_its_claim_so_that_a_redelivery_runs_it_again()
    {
        var attempts = 0;
        var prefix = RedisApps.NewPrefix();
        await using var first = await Receiver.StartAsync(h => h.OnMessageAdded(_ =>
        {
            if (Interlocked.Increment(ref attempts) == 1)
            {
                throw new InvalidOperationException("the database is down");
            }
        }), configureBuilder: RedisApps.UseRedis(RedisFactAttribute.Address!, prefix));
        var body = Support.Events.MessageAdded(1);

        using var failed = await first.PostAsync(body);
        using var redelivered = await first.PostAsync(body);
        using var duplicate = await first.PostAsync(body);

        Assert.Equal((HttpStatusCode.InternalServerError, HttpStatusCode.OK, HttpStatusCode.OK), (failed.StatusCode, redelivered.StatusCode, duplicate.StatusCode));
        Assert.Equal(2, attempts);
    }
}
