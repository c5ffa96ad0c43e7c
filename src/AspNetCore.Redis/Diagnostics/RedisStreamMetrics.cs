using System.Diagnostics.Metrics;
using System.Threading;

namespace ConversationHooks.AspNetCore.Redis.Diagnostics
{
    /// <summary>
    /// The stream's instruments, on the meter <see cref="MeterName"/>: its length (the backlog: handled entries
    /// are deleted), the entries taken but not yet acknowledged, the dead letters (sampled by a worker every
    /// <see cref="ConversationHooksRedisOptions.MetricsInterval"/>), and counts of handled, retried, dead-lettered
    /// and reclaimed events.
    /// </summary>
    internal sealed class RedisStreamMetrics
    {
        /// <summary>The meter's name.</summary>
        public const string MeterName = "ConversationHooks.AspNetCore.Redis";

        private readonly Counter<long> _handled;
        private readonly Counter<long> _retries;
        private readonly Counter<long> _deadLettered;
        private readonly Counter<long> _reclaimed;
        private long _length;
        private long _pending;
        private long _deadLetters;

        public RedisStreamMetrics(IMeterFactory meterFactory)
        {
            var meter = meterFactory.Create(MeterName);
            meter.CreateObservableGauge("conversationhooks.stream.length", () => Volatile.Read(ref _length), "{event}", "Events in the stream not yet handled (sampled).");
            meter.CreateObservableGauge("conversationhooks.stream.pending", () => Volatile.Read(ref _pending), "{event}", "Events taken by a worker and not yet acknowledged (sampled).");
            meter.CreateObservableGauge("conversationhooks.stream.dead_letters", () => Volatile.Read(ref _deadLetters), "{event}", "Events in the dead-letter stream (sampled).");
            _handled = meter.CreateCounter<long>("conversationhooks.stream.handled", "{event}", "Stored events whose handler ran to completion.");
            _retries = meter.CreateCounter<long>("conversationhooks.stream.retries", "{attempt}", "Failed handler attempts followed by another.");
            _deadLettered = meter.CreateCounter<long>("conversationhooks.stream.dead_lettered", "{event}", "Events moved to the dead-letter stream.");
            _reclaimed = meter.CreateCounter<long>("conversationhooks.stream.reclaimed", "{event}", "Events taken over from a worker that stopped.");
        }

        public void Handled() => _handled.Add(1);

        public void Retry() => _retries.Add(1);

        public void DeadLettered() => _deadLettered.Add(1);

        public void Reclaimed(int count) => _reclaimed.Add(count);

        public void Sampled(long length, long pending, long deadLetters)
        {
            Volatile.Write(ref _length, length);
            Volatile.Write(ref _pending, pending);
            Volatile.Write(ref _deadLetters, deadLetters);
        }
    }
}
