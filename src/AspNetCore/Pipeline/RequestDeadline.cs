using System;
using System.Diagnostics;
using System.Threading;

namespace ConversationHooks.AspNetCore.Pipeline
{
    /// <summary>
    /// How long one request may wait, from its arrival: as long as its client stays, and for a pre-action event
    /// no longer than the budget. Everything the request waits for before its answer (the duplicate cache, a
    /// first delivery of the same event, the handler) is waited for with <see cref="Token"/>, the token the
    /// handler gets: one source, so the token is cancelled whenever the wait ends unfinished. The source is
    /// never cancelled by a timer racing another timer, and is disposed only after it fired or the work ended.
    /// </summary>
    internal sealed class RequestDeadline : IDisposable
    {
        private readonly CancellationToken _aborted;
        private readonly CancellationTokenSource? _budget;

        private RequestDeadline(CancellationToken aborted, CancellationTokenSource? budget)
        {
            _aborted = aborted;
            _budget = budget;
            Token = budget?.Token ?? aborted;
        }

        /// <summary>Cancelled when the client goes away or the budget ends.</summary>
        public CancellationToken Token { get; }

        /// <summary>True once the client went away: there is no one left to answer.</summary>
        public bool IsAborted => _aborted.IsCancellationRequested;

        /// <summary>True once the budget ended with the client still there.</summary>
        public bool IsExpired => Token.IsCancellationRequested && !IsAborted;

        /// <summary>The request's own life, without a budget (post-action events).</summary>
        public static RequestDeadline Unbounded(CancellationToken aborted) => new(aborted, null);

        /// <summary>The request's life and <paramref name="budget"/> from <paramref name="arrival"/> (a <see cref="Stopwatch"/> timestamp).</summary>
        public static RequestDeadline Budgeted(CancellationToken aborted, long arrival, TimeSpan budget)
        {
            var source = CancellationTokenSource.CreateLinkedTokenSource(aborted);
            var remaining = budget - Stopwatch.GetElapsedTime(arrival);
            if (remaining <= TimeSpan.Zero)
            {
                source.Cancel();
            }
            else
            {
                source.CancelAfter(remaining);
            }

            return new RequestDeadline(aborted, source);
        }

        public void Dispose() => _budget?.Dispose();
    }
}
