using System.Linq;
using System.Net;
using ConversationHooks.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace ConversationHooks.AspNetCore.Tests;

/// <summary>Duplicates across machines through Redis, and a receiver that keeps answering when Redis stops.</summary>
public class RedisTests
{
    private const string Category = "ConversationHooks.AspNetCore.ConversationsWebhook";

    [RedisFact]
    public async Task Two_receivers_sharing_redis_call_the_handler_once_for_a_redelivery()
    {
        var calls = new Recorded<MessageAddEvent>();
        var instance = Guid.NewGuid().ToString("N") + ":";
        Action<ConversationsWebhookHooks> hooks = h => h.OnMessageAdd(e =>
        {
            calls.Add(e);
            return e.Reject();
        });
        await using var first = await Receiver.StartAsync(hooks, configureBuilder: UseRedis(RedisFactAttribute.Address!, instance));
        await using var second = await Receiver.StartAsync(hooks, configureBuilder: UseRedis(RedisFactAttribute.Address!, instance));
        var body = Fixture.ReadEvent("onMessageAdd");

        using var delivered = await first.PostAsync(body, idempotencyToken: "delivery-1");
        using var redelivered = await second.PostAsync(body, idempotencyToken: "delivery-1");

        Assert.Single(calls.Items);
        Assert.Equal(HttpStatusCode.Forbidden, delivered.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, redelivered.StatusCode);
    }

    [RedisFact]
    public async Task When_redis_stops_the_receiver_keeps_answering_and_logs_that_it_processes_without_suppression()
    {
        using var redis = await RedisServer.StartAsync();
        var calls = new Recorded<MessageAddedEvent>();
        await using var receiver = await Receiver.StartAsync(h => h.OnMessageAdded(calls.Add), configureBuilder: UseRedis(redis.Address, "stopped:"));
        var body = Fixture.ReadEvent("onMessageAdded");
        using var beforeStop = await receiver.PostAsync(body, idempotencyToken: "delivery-1");
        using var duplicateBeforeStop = await receiver.PostAsync(body, idempotencyToken: "delivery-1");

        redis.Kill();
        using var afterStop = await receiver.PostAsync(body, idempotencyToken: "delivery-2");

        Assert.Equal(HttpStatusCode.OK, beforeStop.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterStop.StatusCode);
        Assert.Equal(2, calls.Items.Count);
        var warning = Assert.Single(receiver.Logs.Of(Category), l => l.Level == LogLevel.Warning);
        Assert.Contains("Duplicate check unavailable", warning.Message);
        Assert.Contains("processed without duplicate suppression", warning.Message);
    }

    private static Action<WebApplicationBuilder> UseRedis(string address, string instanceName)
        => builder => builder.Services.AddStackExchangeRedisCache(options =>
        {
            options.Configuration = address;
            options.InstanceName = instanceName;
        });
}
