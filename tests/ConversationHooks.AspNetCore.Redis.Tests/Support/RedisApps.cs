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
                builder.Logging.ClearProviders();
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

    /// <summary>The settings of a receiver whose duplicate window is the default (the endpoint tests' token).</summary>
    public static Dictionary<string, string?> Settings() => Receiver.Settings();
}
