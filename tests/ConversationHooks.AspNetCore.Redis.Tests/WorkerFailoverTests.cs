using System.Linq;
using ConversationHooks.AspNetCore.Redis.Tests.Support;
using StackExchange.Redis;

namespace ConversationHooks.AspNetCore.Redis.Tests;

/// <summary>A worker machine that dies mid-run: the survivor reclaims the events it left pending, and every event is handled.</summary>
public class WorkerFailoverTests
{
    private const int Deliveries = 4_000;
    private static readonly TimeSpan ReclaimAfter = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(120);

    [RedisFact]
    public async Task When_one_of_two_worker_processes_is_killed_mid_run_the_survivor_reclaims_its_pending_events_and_every_event_is_handled()
    {
        var prefix = RedisApps.NewPrefix();
        var handledKey = prefix + "handled";
        var address = RedisFactAttribute.Address!;
        await using var doomed = await WorkerProcess.StartAsync(address, prefix, "doomed", handledKey, ReclaimAfter);
        await using var survivor = await WorkerProcess.StartAsync(address, prefix, "survivor", handledKey, ReclaimAfter);
        Action<ConversationsWebhookHooks> hooks = h => h.OnMessageAdded(_ => throw new InvalidOperationException("Receivers hand post-action events off; the workers handle them."));
        Action<ConversationHooksRedisOptions> handOffOnly = o => o.HandOffPostActionEvents = true;
        await using var first = await Receiver.StartAsync(hooks, configureBuilder: RedisApps.UseRedis(address, prefix, handOffOnly, quiet: true));
        await using var second = await Receiver.StartAsync(hooks, configureBuilder: RedisApps.UseRedis(address, prefix, handOffOnly, quiet: true));
        using var redis = await ConnectionMultiplexer.ConnectAsync(address);
        var database = redis.GetDatabase();

        var wrong = await Sender.DeliverAsync(new[] { first, second }, Deliveries, Support.Events.MessageAdded, connections: 64, Bound);
        await Sender.UntilAsync(async () => await database.HashLengthAsync(handledKey) >= Deliveries / 10, () => "the workers to get going", Bound);
        await doomed.KillAsync();
        var leftPending = (await database.StreamPendingAsync(prefix + "events", "workers")).Consumers.Where(c => c.Name == "doomed").Sum(c => c.PendingMessageCount);
        await Sender.UntilAsync(async () => await database.HashLengthAsync(handledKey) == Deliveries, () => $"every event handled ({database.HashLength(handledKey)} of {Deliveries} so far)", Bound);
        await Sender.UntilAsync(async () => (await database.StreamPendingAsync(prefix + "events", "workers")).PendingMessageCount == 0, () => "no event left pending", Bound);

        Assert.True(wrong.Count == 0, string.Join(", ", wrong.Take(10)) + "\n" + RedisApps.ErrorsOf(first, second));
        Assert.True(leftPending > 0, "the killed worker left no event pending: nothing was reclaimed");
        Assert.True(await survivor.WaitForOutputAsync("reclaimed"), "the survivor did not log a reclaim:\n" + survivor.Output);
        // At least once from the stream on: only an event the killed worker handled but had not acknowledged runs twice.
        var handledTwice = (await database.HashGetAllAsync(handledKey)).Count(e => (int)e.Value > 1);
        Assert.True(handledTwice <= leftPending, $"{handledTwice} events were handled twice; the killed worker left {leftPending} pending");
        Assert.Equal(0, await database.StreamLengthAsync(prefix + "events"));
    }
}
