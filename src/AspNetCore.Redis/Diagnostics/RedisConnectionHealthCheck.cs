using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ConversationHooks.AspNetCore.Redis.Diagnostics
{
    /// <summary>Healthy when Redis answers a <c>PING</c>: without it, post-action events handed off are answered 503 and duplicates are not suppressed.</summary>
    internal sealed class RedisConnectionHealthCheck : IHealthCheck
    {
        private readonly RedisConnection _connection;

        public RedisConnectionHealthCheck(RedisConnection connection) => _connection = connection;

        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                var started = Stopwatch.GetTimestamp();
                var database = await _connection.DatabaseAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
                await database.PingAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
                return HealthCheckResult.Healthy($"Redis answered PING in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0.0} ms.");
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                return new HealthCheckResult(context.Registration.FailureStatus, "Redis does not answer: post-action events cannot be stored and duplicates are not suppressed.", exception);
            }
        }
    }
}
