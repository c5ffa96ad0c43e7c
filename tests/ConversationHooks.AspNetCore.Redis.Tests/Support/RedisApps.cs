using System.Linq;
using ConversationHooks.AspNetCore.Redis;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace ConversationHooks.AspNetCore.Redis.Tests.Support;

/// <summary>Receivers and workers on a Redis: each test gets key prefixes of its own, so that tests sharing the server never share claims or streams.</summary>
internal static class RedisApps
{
    public const string WorkerCategory = "ConversationHooks.AspNetCore.Redis";
    public const string EndpointCategory = "ConversationHooks.AspNetCore.ConversationsWebhook";

    /// <summary>A key prefix no other test uses.</summary>
    public static string NewPrefix() => "test:" + Guid.NewGuid().ToString("N") + ":";

    /// <summary>AddConversationHooksRedis on <paramref name="address"/> under <paramref name="prefix"/>, then <paramref name="configure"/>; quick retries and reclaims, for tests.</summary>
    public static Action<WebApplicationBuilder> UseRedis(string address, string prefix, Action<ConversationHooksRedisOptions>? configure = null, bool quiet = false)
        => builder =>
        {
            if (quiet)
            {
                // Thousands of deliveries: only what went wrong is kept.
                builder.Logging.SetMinimumLevel(LogLevel.Warning);
            }

            builder.Services.AddConversationHooksRedis(options =>
            {
                options.Configuration = address;
                options.KeyPrefix = prefix;
                options.RetryDelay = TimeSpan.FromMilliseconds(20);
                options.MetricsInterval = TimeSpan.FromMilliseconds(100);
                configure?.Invoke(options);
            });
        };

    /// <summary>The first errors <paramref name="receivers"/> logged, to say why a delivery was not answered 200.</summary>
    public static string ErrorsOf(params Receiver[] receivers)
        => string.Join("\n", receivers.SelectMany(r => r.Logs.Lines).Where(l => l.Level >= LogLevel.Error).Take(3));
}
