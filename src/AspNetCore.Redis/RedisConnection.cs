using System;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ConversationHooks.AspNetCore.Redis
{
    /// <summary>
    /// The app's <c>IConnectionMultiplexer</c> when it registers one, else one connection opened on first use
    /// from <see cref="ConversationHooksRedisOptions.Configuration"/>. Commands fail at once while Redis is
    /// unreachable (never queued to run after the delivery was answered), and it reconnects by itself.
    /// </summary>
    internal sealed class RedisConnection : IAsyncDisposable
    {
        private readonly Lazy<Task<IConnectionMultiplexer>> _multiplexer;
        private readonly bool _owned;

        public RedisConnection(IServiceProvider services, IOptions<ConversationHooksRedisOptions> options)
        {
            var registered = services.GetService<IConnectionMultiplexer>();
            _owned = registered is null;
            _multiplexer = new(() => registered is not null ? Task.FromResult(registered) : ConnectAsync(options.Value));
        }

        public async Task<IDatabase> DatabaseAsync() => (await _multiplexer.Value.ConfigureAwait(false)).GetDatabase();

        public async ValueTask DisposeAsync()
        {
            if (_owned && _multiplexer.IsValueCreated)
            {
                await (await _multiplexer.Value.ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
            }
        }

        private static async Task<IConnectionMultiplexer> ConnectAsync(ConversationHooksRedisOptions options)
        {
            var configuration = ConfigurationOptions.Parse(options.Configuration ?? throw new InvalidOperationException("ConversationHooksRedisOptions.Configuration is not set (Twilio:Redis:Configuration, e.g. redis:6379), and the app registers no IConnectionMultiplexer."));
            configuration.AbortOnConnectFail = false;
            configuration.BacklogPolicy = BacklogPolicy.FailFast;
            return await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false);
        }
    }
}
