using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConversationHooks.AspNetCore.Redis.Diagnostics;
using ConversationHooks.AspNetCore.ScaleOut;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ConversationHooks.AspNetCore.Redis.Streams
{
    /// <summary>
    /// Processes the stream as one consumer of the group: reads new entries (<c>XREADGROUP</c>), up to
    /// <see cref="ConversationHooksRedisOptions.MaxConcurrency"/> at once, and calls each one's handler through
    /// <see cref="WebhookEventDispatcher"/>; a handled entry is acknowledged and deleted in one step; a failed one
    /// is retried with a doubling delay, its attempts counted in Redis, and after
    /// <see cref="ConversationHooksRedisOptions.MaxAttempts"/> moved to the dead letters. Entries a dead worker left
    /// pending past <see cref="ConversationHooksRedisOptions.ReclaimAfter"/> are taken over (<c>XAUTOCLAIM</c>); a live
    /// worker renews its own so that a slow handler keeps its entry. When it stops, its entries stay pending for the others.
    /// </summary>
    internal sealed class RedisStreamWorker : BackgroundService
    {
        private static readonly TimeSpan LongestIdleWait = TimeSpan.FromMilliseconds(500);

        private readonly RedisConnection _connection;
        private readonly StreamKeys _keys;
        private readonly WebhookEventDispatcher _dispatcher;
        private readonly RedisStreamMetrics _metrics;
        private readonly ConversationHooksRedisOptions _options;
        private readonly ILogger _logger;
        private readonly ConcurrentDictionary<string, Task> _running = new(StringComparer.Ordinal);

        public RedisStreamWorker(RedisConnection connection, StreamKeys keys, WebhookEventDispatcher dispatcher, RedisStreamMetrics metrics, IOptions<ConversationHooksRedisOptions> options, ILoggerFactory loggerFactory)
        {
            _connection = connection;
            _keys = keys;
            _dispatcher = dispatcher;
            _metrics = metrics;
            _options = options.Value;
            _logger = loggerFactory.CreateLogger(RedisLog.Category);
        }

        private string Consumer => _options.ConsumerName;

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await Task.Yield();
            var slots = new SemaphoreSlim(_options.MaxConcurrency);
            var groupReady = false;
            var idleWait = TimeSpan.FromMilliseconds(10);
            var nextReclaim = DateTime.UtcNow;
            var nextRenewal = DateTime.UtcNow + Third(_options.ReclaimAfter);
            var nextSample = DateTime.UtcNow;
            try
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    try
                    {
                        var database = await _connection.DatabaseAsync().ConfigureAwait(false);
                        if (!groupReady)
                        {
                            await CreateGroupAsync(database).ConfigureAwait(false);
                            groupReady = true;
                        }

                        var now = DateTime.UtcNow;
                        if (now >= nextRenewal)
                        {
                            await RenewAsync(database).ConfigureAwait(false);
                            nextRenewal = now + Third(_options.ReclaimAfter);
                        }

                        if (now >= nextSample)
                        {
                            await SampleAsync(database).ConfigureAwait(false);
                            nextSample = now + _options.MetricsInterval;
                        }

                        await slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                        var free = slots.CurrentCount + 1;
                        StreamEntry[] entries = Array.Empty<StreamEntry>();
                        if (now >= nextReclaim)
                        {
                            entries = await ReclaimAsync(database, free).ConfigureAwait(false);
                            nextReclaim = entries.Length == free ? now : now + Third(_options.ReclaimAfter);
                        }

                        if (entries.Length == 0)
                        {
                            entries = await database.StreamReadGroupAsync(_keys.Events, StreamKeys.Group, Consumer, StreamPosition.NewMessages, free).ConfigureAwait(false);
                        }

                        if (entries.Length == 0)
                        {
                            slots.Release();
                            await Task.Delay(idleWait, stoppingToken).ConfigureAwait(false);
                            idleWait = idleWait + idleWait < LongestIdleWait ? idleWait + idleWait : LongestIdleWait;
                            continue;
                        }

                        idleWait = TimeSpan.FromMilliseconds(10);
                        for (var i = 0; i < entries.Length; i++)
                        {
                            if (i > 0)
                            {
                                // Free already: only this loop takes slots.
                                await slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                            }

                            Start(database, entries[i], slots, stoppingToken);
                        }
                    }
                    catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                    {
                        // Redis stopped, restarted empty (the group is gone: NOGROUP), or cannot be reached yet.
                        RedisLog.Unavailable(_logger, Consumer, exception.GetType().Name + ": " + exception.Message);
                        groupReady = false;
                        await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(false);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
            }

            // Handlers see the stop through their token; what they leave unacknowledged stays pending for the other workers.
            await Task.WhenAll(_running.Values).ConfigureAwait(false);
        }

        private void Start(IDatabase database, StreamEntry entry, SemaphoreSlim slots, CancellationToken stoppingToken)
        {
            var id = entry.Id.ToString();
            var processing = Task.Run(async () =>
            {
                try
                {
                    await ProcessAsync(database, entry, id, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    RedisLog.AcknowledgeFailed(_logger, id, exception.GetType().Name + ": " + exception.Message);
                }
                catch (OperationCanceledException)
                {
                }
                finally
                {
                    slots.Release();
                }
            });
            _running[id] = processing;
            processing.ContinueWith(_ => _running.TryRemove(new(id, processing)), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        private async Task ProcessAsync(IDatabase database, StreamEntry entry, string id, CancellationToken stoppingToken)
        {
            StoredWebhookEvent stored;
            try
            {
                stored = StreamEntryFormat.Read(entry.Values);
            }
            catch (FormatException exception)
            {
                RedisLog.Unreadable(_logger, exception, id);
                await DeadLetterAsync(database, id, 0, exception).ConfigureAwait(false);
                return;
            }

            var attempts = (int)(long)await database.HashGetAsync(_keys.Attempts, id).ConfigureAwait(false);
            while (true)
            {
                Exception? failure = null;
                try
                {
                    await _dispatcher.DispatchAsync(stored, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    failure = exception;
                }

                if (failure is null)
                {
                    // A failure here leaves the entry pending: it is handled again (at least once).
                    await database.ScriptEvaluateAsync(StreamScripts.Acknowledge, new[] { _keys.Events, _keys.Attempts }, new RedisValue[] { StreamKeys.Group, id }).ConfigureAwait(false);
                    _metrics.Handled();
                    return;
                }

                attempts = (int)await database.HashIncrementAsync(_keys.Attempts, id).ConfigureAwait(false);
                if (attempts >= _options.MaxAttempts)
                {
                    RedisLog.DeadLettered(_logger, failure, id, stored.EventType, stored.Endpoint, attempts);
                    await DeadLetterAsync(database, id, attempts, failure).ConfigureAwait(false);
                    return;
                }

                var delay = DelayAfter(attempts);
                _metrics.Retry();
                RedisLog.Retrying(_logger, failure, id, stored.EventType, stored.Endpoint, attempts, _options.MaxAttempts, delay);
                await Task.Delay(delay, stoppingToken).ConfigureAwait(false);
            }
        }

        private async Task DeadLetterAsync(IDatabase database, string id, int attempts, Exception failure)
        {
            var moved = await database.ScriptEvaluateAsync(StreamScripts.DeadLetter, new[] { _keys.Events, _keys.DeadLetters, _keys.Attempts }, new RedisValue[] { StreamKeys.Group, id, attempts, failure.GetType().Name + ": " + failure.Message }).ConfigureAwait(false);
            if (!moved.IsNull)
            {
                _metrics.DeadLettered();
            }
        }

        private TimeSpan DelayAfter(int attempts)
        {
            var delay = _options.RetryDelay;
            for (var i = 1; i < attempts && delay < _options.MaxRetryDelay; i++)
            {
                delay += delay;
            }

            return delay < _options.MaxRetryDelay ? delay : _options.MaxRetryDelay;
        }

        /// <summary>Creates the group reading from the stream's start (entries are deleted once handled, so every entry there is waiting); nothing when it exists.</summary>
        private async Task CreateGroupAsync(IDatabase database)
        {
            try
            {
                await database.StreamCreateConsumerGroupAsync(_keys.Events, StreamKeys.Group, StreamPosition.Beginning, createStream: true).ConfigureAwait(false);
            }
            catch (RedisServerException exception) when (exception.Message.StartsWith("BUSYGROUP", StringComparison.Ordinal))
            {
            }
        }

        /// <summary>Takes over up to <paramref name="count"/> entries idle past <see cref="ConversationHooksRedisOptions.ReclaimAfter"/>: their worker died (live workers renew theirs).</summary>
        private async Task<StreamEntry[]> ReclaimAsync(IDatabase database, int count)
        {
            var claimed = await database.StreamAutoClaimAsync(_keys.Events, StreamKeys.Group, Consumer, (long)_options.ReclaimAfter.TotalMilliseconds, "0-0", count).ConfigureAwait(false);
            var entries = claimed.ClaimedEntries.Where(entry => !entry.IsNull && !_running.ContainsKey(entry.Id.ToString())).ToArray();
            if (entries.Length > 0)
            {
                _metrics.Reclaimed(entries.Length);
                RedisLog.Reclaimed(_logger, Consumer, entries.Length, _options.ReclaimAfter);
            }

            return entries;
        }

        /// <summary>Resets the idle time of the entries this worker is handling, so that no other worker takes them over.</summary>
        private async Task RenewAsync(IDatabase database)
        {
            var ids = _running.Keys.Select(id => (RedisValue)id).ToArray();
            if (ids.Length > 0)
            {
                await database.StreamClaimIdsOnlyAsync(_keys.Events, StreamKeys.Group, Consumer, 0, ids).ConfigureAwait(false);
            }
        }

        private async Task SampleAsync(IDatabase database)
        {
            var length = await database.StreamLengthAsync(_keys.Events).ConfigureAwait(false);
            var pending = await database.StreamPendingAsync(_keys.Events, StreamKeys.Group).ConfigureAwait(false);
            var deadLetters = await database.StreamLengthAsync(_keys.DeadLetters).ConfigureAwait(false);
            _metrics.Sampled(length, pending.PendingMessageCount, deadLetters);
        }

        private static TimeSpan Third(TimeSpan span) => TimeSpan.FromTicks(span.Ticks / 3);
    }
}
