using System;
using System.Threading;
using System.Threading.Tasks;
using ConversationHooks.AspNetCore.ScaleOut;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ConversationHooks.AspNetCore.Redis.Claims
{
    /// <summary>
    /// Claims on Redis, one key per delivery: a claim is taken with <c>SET key holder NX PX ClaimTimeout</c> and
    /// read in the same script when it is not (one round trip, atomic), so two receivers never both take it; the
    /// answer replaces the claim for the duplicate window; a failed handler's claim is deleted only by its
    /// holder; the claim of a receiver that crashed expires after <see cref="ConversationHooksRedisOptions.ClaimTimeout"/>.
    /// A value is a claim (<c>h</c> and the holder) or an answer (<c>a</c> and the endpoint's bytes).
    /// </summary>
    internal sealed class RedisDeliveryClaimStore : IDeliveryClaimStore
    {
        private const byte HolderMark = (byte)'h';
        private const byte AnswerMark = (byte)'a';

        private const string ClaimScript = """
            if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return false end
            return redis.call('GET', KEYS[1])
            """;

        private const string ReleaseScript = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0
            """;

        private readonly RedisConnection _connection;
        private readonly ConversationHooksRedisOptions _options;

        public RedisDeliveryClaimStore(RedisConnection connection, IOptions<ConversationHooksRedisOptions> options)
        {
            _connection = connection;
            _options = options.Value;
        }

        public async Task<DeliveryClaim> TryClaimAsync(string key, CancellationToken cancellationToken)
        {
            var holder = Guid.NewGuid().ToString("N");
            var database = await _connection.DatabaseAsync().ConfigureAwait(false);
            var found = await database.ScriptEvaluateAsync(ClaimScript, new RedisKey[] { KeyOf(key) }, new RedisValue[] { Marked(HolderMark, holder), (long)_options.ClaimTimeout.TotalMilliseconds }).ConfigureAwait(false);
            if (found.IsNull)
            {
                return DeliveryClaim.Taken(holder);
            }

            var value = (byte[])found!;
            return value.Length > 0 && value[0] == AnswerMark ? DeliveryClaim.Answered(value.AsMemory(1)) : DeliveryClaim.HeldElsewhere;
        }

        public async Task RememberAnswerAsync(string key, DeliveryClaim claim, ReadOnlyMemory<byte> answer, TimeSpan window, CancellationToken cancellationToken)
        {
            var database = await _connection.DatabaseAsync().ConfigureAwait(false);
            await database.StringSetAsync(KeyOf(key), Marked(AnswerMark, answer.Span), window).ConfigureAwait(false);
        }

        public async Task ReleaseAsync(string key, DeliveryClaim claim, CancellationToken cancellationToken)
        {
            var database = await _connection.DatabaseAsync().ConfigureAwait(false);
            await database.ScriptEvaluateAsync(ReleaseScript, new RedisKey[] { KeyOf(key) }, new RedisValue[] { Marked(HolderMark, claim.Holder) }).ConfigureAwait(false);
        }

        private RedisKey KeyOf(string key) => _options.KeyPrefix + "claim:" + key;

        private static byte[] Marked(byte mark, string text) => Marked(mark, System.Text.Encoding.UTF8.GetBytes(text));

        private static byte[] Marked(byte mark, ReadOnlySpan<byte> bytes)
        {
            var value = new byte[bytes.Length + 1];
            value[0] = mark;
            bytes.CopyTo(value.AsSpan(1));
            return value;
        }
    }
}
