using System;
using ConversationHooks.AspNetCore.Redis;
using ConversationHooks.AspNetCore.Redis.Claims;
using ConversationHooks.AspNetCore.Redis.Diagnostics;
using ConversationHooks.AspNetCore.Redis.Streams;
using ConversationHooks.AspNetCore.ScaleOut;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>Runs the Conversations webhook endpoint on several machines sharing a Redis.</summary>
    public static class ConversationHooksRedisServiceCollectionExtensions
    {
        /// <summary>
        /// Claims each delivery atomically on Redis (instead of the <c>IDistributedCache</c>), and, as the options
        /// say, hands post-action events off to a Redis Stream and runs a worker that processes it. Options read from
        /// <paramref name="configuration"/> (e.g. <c>builder.Configuration.GetSection("Twilio:Redis")</c>: keys
        /// <c>Configuration</c>, <c>HandOffPostActionEvents</c>, <c>ProcessStoredEvents</c>, <c>MaxAttempts</c>, ...).
        /// Call it beside <c>AddConversationHooks</c>.
        /// </summary>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public static IServiceCollection AddConversationHooksRedis(this IServiceCollection services, IConfiguration configuration)
        {
            if (configuration is null)
            {
                throw new ArgumentNullException(nameof(configuration));
            }

            AddConversationHooksRedis(services).Bind(configuration);
            return services;
        }

        /// <summary>Claims deliveries on Redis and hands events off as <paramref name="configure"/> says; see the other overload.</summary>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public static IServiceCollection AddConversationHooksRedis(this IServiceCollection services, Action<ConversationHooksRedisOptions> configure)
        {
            if (configure is null)
            {
                throw new ArgumentNullException(nameof(configure));
            }

            AddConversationHooksRedis(services).Configure(configure);
            return services;
        }

        /// <summary>Adds a health check (named <paramref name="name"/>) that is healthy when the endpoint's Redis answers a <c>PING</c>.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
        public static IHealthChecksBuilder AddConversationHooksRedis(this IHealthChecksBuilder builder, string name = "conversationhooks-redis", HealthStatus failureStatus = HealthStatus.Unhealthy)
        {
            if (builder is null)
            {
                throw new ArgumentNullException(nameof(builder));
            }

            return builder.Add(new HealthCheckRegistration(name, provider => new RedisConnectionHealthCheck(provider.GetRequiredService<RedisConnection>()), failureStatus, tags: null));
        }

        private static OptionsBuilder<ConversationHooksRedisOptions> AddConversationHooksRedis(IServiceCollection services)
        {
            if (services is null)
            {
                throw new ArgumentNullException(nameof(services));
            }

            services.AddMetrics();
            services.TryAddSingleton<RedisConnection>();
            services.TryAddSingleton<StreamKeys>();
            services.TryAddSingleton<RedisStreamMetrics>();
            services.Replace(ServiceDescriptor.Singleton<IDeliveryClaimStore, RedisDeliveryClaimStore>());
            services.TryAddSingleton(provider => new RedisDeadLetters(provider.GetRequiredService<RedisConnection>(), provider.GetRequiredService<StreamKeys>()));
            services.TryAddSingleton<RedisStreamHandOff>();
            // No hand-off (null) unless the options ask for one: the endpoint then runs post-action handlers at once.
            services.TryAddSingleton<IPostActionHandOff>(provider => provider.GetRequiredService<IOptions<ConversationHooksRedisOptions>>().Value.HandOffPostActionEvents ? provider.GetRequiredService<RedisStreamHandOff>() : null!);
            services.TryAddSingleton<RedisStreamWorker>();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, RedisConnectionWarmUp>());
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, StoredEventsProcessing>());
            return services.AddOptions<ConversationHooksRedisOptions>().Validate(options => options.MaxAttempts > 0 && options.MaxConcurrency > 0 && options.ClaimTimeout > TimeSpan.Zero && options.ReclaimAfter > TimeSpan.Zero && !string.IsNullOrEmpty(options.KeyPrefix), "ConversationHooksRedisOptions: MaxAttempts, MaxConcurrency, ClaimTimeout and ReclaimAfter must be positive and KeyPrefix set.").ValidateOnStart();
        }

        /// <summary>
        /// Runs the worker when the options ask this app to process stored events; registered once, however often
        /// <c>AddConversationHooksRedis</c> is called (two registrations would start the one worker twice).
        /// </summary>
        private sealed class StoredEventsProcessing : IHostedService
        {
            private readonly IHostedService? _worker;

            public StoredEventsProcessing(IOptions<ConversationHooksRedisOptions> options, IServiceProvider services)
                => _worker = options.Value.ProcessStoredEvents ? services.GetRequiredService<RedisStreamWorker>() : null;

            public System.Threading.Tasks.Task StartAsync(System.Threading.CancellationToken cancellationToken) => _worker?.StartAsync(cancellationToken) ?? System.Threading.Tasks.Task.CompletedTask;

            public System.Threading.Tasks.Task StopAsync(System.Threading.CancellationToken cancellationToken) => _worker?.StopAsync(cancellationToken) ?? System.Threading.Tasks.Task.CompletedTask;
        }
    }
}
