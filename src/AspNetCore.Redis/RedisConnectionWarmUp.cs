using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace ConversationHooks.AspNetCore.Redis
{
    /// <summary>
    /// Opens the Redis connection when the app starts, not on the first delivery: a first claim that waited for
    /// the connection would run past the duplicate cache timeout and be processed without suppression. A Redis
    /// that cannot be reached does not stop the start (the connection keeps trying; the health check says so).
    /// </summary>
    internal sealed class RedisConnectionWarmUp : IHostedService
    {
        private readonly RedisConnection _connection;

        public RedisConnectionWarmUp(RedisConnection connection) => _connection = connection;

        public Task StartAsync(CancellationToken cancellationToken) => _connection.DatabaseAsync().WaitAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
