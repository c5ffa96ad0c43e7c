using System.Linq;
using System.Net;
using ConversationHooks.AspNetCore.Redis.Tests.Support;
using Microsoft.Extensions.Logging;

namespace ConversationHooks.AspNetCore.Redis.Tests;

/// <summary>redis-server stopped during deliveries: nothing is acknowledged that is not stored, and redeliveries after its restart are stored and handled.</summary>
public class OutageTests
{
    [RedisFact]
    public async Task While_redis_is_stopped_post_action_deliveries_get_503_and_an_error_log_and_after_its_restart_redeliveries_are_stored_and_handled()
    {
        using var redis = await RedisServer.StartAsync();
        var handled = new Recorded<int>();
        await using var receiver = await Receiver.StartAsync(h => h.OnMessageAdded(e => handled.Add(Support.Events.MessageOf(e))), configureBuilder: RedisApps.UseRedis(redis.Address, RedisApps.NewPrefix(), HandOffTests.HandOffAndProcess("worker")));
        using (var before = await receiver.PostAsync(Support.Events.MessageAdded(1)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await Bounded.UntilAsync(() => handled.Items.Count == 1, "the first event to be handled");

        redis.Kill();
        var during = new List<HttpStatusCode>();
        foreach (var message in new[] { 2, 3, 4 })
        {
            using var response = await receiver.PostAsync(Support.Events.MessageAdded(message));
            during.Add(response.StatusCode);
        }

        var errors = receiver.Logs.Of(RedisApps.EndpointCategory).Count(l => l.Level == LogLevel.Error && l.Message.Contains("could not be stored; answered 503"));
        await redis.RestartAsync();
        foreach (var message in new[] { 2, 3, 4 })
        {
            await RedeliverUntilStoredAsync(receiver, message);
        }

        await Bounded.UntilAsync(() => handled.Items.Count == 4, "the redelivered events to be handled");

        Assert.All(during, status => Assert.Equal(HttpStatusCode.ServiceUnavailable, status));
        Assert.Equal(3, errors);
        Assert.Equal(new[] { 1, 2, 3, 4 }, handled.Items.Order());
    }

    /// <summary>Delivers <paramref name="message"/> again until it is answered 200, as Twilio's redelivery or the sender's retry would: the connection comes back within a few seconds.</summary>
    private static async Task RedeliverUntilStoredAsync(Receiver receiver, int message)
    {
        var statuses = new List<HttpStatusCode>();
        await Bounded.UntilAsync(() =>
        {
            using var response = receiver.PostAsync(Support.Events.MessageAdded(message)).GetAwaiter().GetResult();
            statuses.Add(response.StatusCode);
            return response.StatusCode == HttpStatusCode.OK;
        }, $"message {message} to be stored after the restart");
        Assert.All(statuses.SkipLast(1), status => Assert.Equal(HttpStatusCode.ServiceUnavailable, status));
    }
}
