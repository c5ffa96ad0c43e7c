using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ConversationHooks.AspNetCore.Redis.Streams
{
    /// <summary>The keys of the stream, its dead letters and its attempt counts, and the consumer group's name.</summary>
    internal sealed class StreamKeys
    {
        public const string Group = "workers";

        public StreamKeys(IOptions<ConversationHooksRedisOptions> options)
        {
            var prefix = options.Value.KeyPrefix;
            Events = prefix + "events";
            DeadLetters = prefix + "events:dead";
            Attempts = prefix + "events:attempts";
        }

        /// <summary>The stream post-action events are appended to; an entry is deleted once handled, so its length is the backlog.</summary>
        public RedisKey Events { get; }

        /// <summary>The stream of events that kept failing.</summary>
        public RedisKey DeadLetters { get; }

        /// <summary>A hash of the failed attempts of each pending entry, by entry id, so that the count survives a worker's death.</summary>
        public RedisKey Attempts { get; }
    }
}
