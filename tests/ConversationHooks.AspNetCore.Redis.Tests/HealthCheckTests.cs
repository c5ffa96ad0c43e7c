using ConversationHooks.AspNetCore.Redis.Tests.Support;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ConversationHooks.AspNetCore.Redis.Tests;

/// <summary>The health check of the endpoint's Redis connection.</summary>
public class HealthCheckTests
{
    [RedisFact]
    public async Task The_health_check_is_healthy_while_redis_answers_and_unhealthy_once_it_stopped()
    {
        using var redis = await RedisServer.StartAsync();
        var useRedis = RedisApps.UseRedis(redis.Address, RedisApps.NewPrefix());
        await using var receiver = await Receiver.StartAsync(_ => { }, configureBuilder: builder =>
        {
            useRedis(builder);
            builder.Services.AddHealthChecks().AddConversationHooksRedis();
        });
        var health = receiver.App.Services.GetRequiredService<HealthCheckService>();

        var running = await health.CheckHealthAsync();
        redis.Kill();
        var stopped = await health.CheckHealthAsync();

        Assert.Equal(HealthStatus.Healthy, running.Entries["conversationhooks-redis"].Status);
        Assert.Equal(HealthStatus.Unhealthy, stopped.Entries["conversationhooks-redis"].Status);
        Assert.Contains("Redis does not answer", stopped.Entries["conversationhooks-redis"].Description);
    }
}
