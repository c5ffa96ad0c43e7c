using System.Threading;
using System.Threading.Tasks;
using ConversationHooks.AspNetCore.ScaleOut;
using Microsoft.Extensions.Options;

namespace ConversationHooks.AspNetCore.Redis.Streams
{
    /// <summary>Appends each post-action event to the stream (<c>XADD</c>) within <see cref="ConversationHooksRedisOptions.StreamTimeout"/>; the endpoint answers 200 only once Redis has it.</summary>
    internal sealed class RedisStreamHandOff : IPostActionHandOff
    {
        private readonly RedisConnection _connection;
        private readonly StreamKeys _keys;
        private readonly ConversationHooksRedisOptions _options;

        public RedisStreamHandOff(RedisConnection connection, StreamKeys keys, IOptions<ConversationHooksRedisOptions> options)
        {
            _connection = connection;
            _keys = keys;
            _options = options.Value;
        }

        public async Task HandOffAsync(StoredWebhookEvent webhookEvent, CancellationToken cancellationToken)
        {
            var database = await _connection.DatabaseAsync().WaitAsync(_options.StreamTimeout, cancellationToken).ConfigureAwait(false);
            await database.StreamAddAsync(_keys.Events, StreamEntryFormat.Write(webhookEvent)).WaitAsync(_options.StreamTimeout, cancellationToken).ConfigureAwait(false);
        }
    }
}
