using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConversationHooks.AspNetCore.Redis.Streams;
using ConversationHooks.AspNetCore.ScaleOut;
using StackExchange.Redis;

namespace ConversationHooks.AspNetCore.Redis
{
    /// <summary>
    /// The events whose handlers kept failing (after <see cref="ConversationHooksRedisOptions.MaxAttempts"/>),
    /// to inspect and, once the cause is fixed, to replay: a replayed event goes back to the stream, and a
    /// worker calls its handler again with a fresh count of attempts. Registered by <c>AddConversationHooksRedis</c>;
    /// take it from the app's services (an admin endpoint, a command).
    /// </summary>
    public sealed class RedisDeadLetters
    {
        private readonly RedisConnection _connection;
        private readonly StreamKeys _keys;

        internal RedisDeadLetters(RedisConnection connection, StreamKeys keys)
        {
            _connection = connection;
            _keys = keys;
        }

        /// <summary>The oldest dead letters, up to <paramref name="count"/>.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is not positive.</exception>
        public async Task<IReadOnlyList<DeadLetter>> ReadAsync(int count = 100, CancellationToken cancellationToken = default)
        {
            if (count <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(count), count, "Read at least one dead letter.");
            }

            var database = await _connection.DatabaseAsync().ConfigureAwait(false);
            var entries = await database.StreamRangeAsync(_keys.DeadLetters, count: count).WaitAsync(cancellationToken).ConfigureAwait(false);
            return entries.Select(DeadLetterOf).ToList();
        }

        /// <summary>Puts the dead letter <paramref name="id"/> back on the stream; false when there is no such dead letter (replayed already).</summary>
        /// <exception cref="ArgumentException"><paramref name="id"/> is null or empty.</exception>
        public async Task<bool> ReplayAsync(string id, CancellationToken cancellationToken = default)
        {
            if (string.IsNullOrEmpty(id))
            {
                throw new ArgumentException("Name the dead letter to replay (DeadLetter.Id).", nameof(id));
            }

            var database = await _connection.DatabaseAsync().ConfigureAwait(false);
            var replayed = await database.ScriptEvaluateAsync(StreamScripts.Replay, new[] { _keys.Events, _keys.DeadLetters }, new RedisValue[] { id }).WaitAsync(cancellationToken).ConfigureAwait(false);
            return !replayed.IsNull;
        }

        /// <summary>Puts every dead letter back on the stream; returns how many.</summary>
        public async Task<int> ReplayAllAsync(CancellationToken cancellationToken = default)
        {
            var replayed = 0;
            while (true)
            {
                var letters = await ReadAsync(100, cancellationToken).ConfigureAwait(false);
                if (letters.Count == 0)
                {
                    return replayed;
                }

                foreach (var letter in letters)
                {
                    replayed += await ReplayAsync(letter.Id, cancellationToken).ConfigureAwait(false) ? 1 : 0;
                }
            }
        }

        private static DeadLetter DeadLetterOf(StreamEntry entry)
        {
            string Field(string name) => (string?)entry.Values.FirstOrDefault(v => v.Name == StreamScripts.DeadFieldPrefix + name).Value ?? string.Empty;

            var attempts = int.TryParse(Field("attempts"), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 0;
            StoredWebhookEvent? stored = null;
            var error = Field("error");
            try
            {
                stored = StreamEntryFormat.Read(entry.Values);
            }
            catch (FormatException exception)
            {
                error = exception.Message;
            }

            return new DeadLetter(entry.Id!, stored, attempts, error);
        }
    }
}
