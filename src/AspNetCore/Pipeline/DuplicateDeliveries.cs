using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using ConversationHooks.AspNetCore.Diagnostics;
using ConversationHooks.AspNetCore.ScaleOut;
using Microsoft.Extensions.Logging;

namespace ConversationHooks.AspNetCore.Pipeline
{
    /// <summary>
    /// Runs each delivery's handling once per endpoint, account and claim key (<see cref="DeliveryKeys"/>), and
    /// answers a redelivery as the first one was. Claims and answers go to the <see cref="IDeliveryClaimStore"/>
    /// (by default the <c>IDistributedCache</c>, whose look-up is not atomic; Redis claims are), answers written
    /// after they are sent and kept for the duplicate window. On one machine a redelivery that arrives while
    /// the first is still running waits for its answer; across machines it asks the store again until the
    /// first answers, releases its claim or the claim expires; either for as long as its own request may wait.
    /// When the store fails or is slow, the event is processed without suppression and a warning says so:
    /// answering Twilio matters more.
    /// </summary>
    internal sealed class DuplicateDeliveries
    {
        private readonly ConcurrentDictionary<string, Task<WebhookAnswer>> _running = new(StringComparer.Ordinal);
        /// <summary>How long a redelivery waits at most before asking the store again whether the first one answered.</summary>
        private static readonly TimeSpan LongestPoll = TimeSpan.FromMilliseconds(200);

        private readonly IDeliveryClaimStore _store;
        private readonly ILogger _logger;

        public DuplicateDeliveries(IDeliveryClaimStore store, ILoggerFactory loggerFactory)
        {
            _store = store;
            _logger = loggerFactory.CreateLogger(WebhookLog.Category);
        }

        /// <summary>
        /// Starts a delivery of <paramref name="key"/>: the first one on this machine owns it; a later one that
        /// arrives while the first runs gets the first's answer as <see cref="Delivery.First"/>.
        /// </summary>
        public Delivery Begin(string key)
        {
            var owned = new TaskCompletionSource<WebhookAnswer>(TaskCreationOptions.RunContinuationsAsynchronously);
            var running = _running.GetOrAdd(key, owned.Task);
            return new Delivery(this, key, owned, running == owned.Task ? null : running);
        }

        /// <summary>
        /// A claim the store took after its look-up was given up (slower than the timeout, or past the budget) is
        /// released when it arrives, so that it does not hold the redeliveries until it expires.
        /// </summary>
        private void ReleaseLateClaim(string key, Task<DeliveryClaim> claiming)
            => claiming
                .ContinueWith(
                    (late, state) => late.Result.State == DeliveryClaimState.Taken ? _store.ReleaseAsync((string)state!, late.Result, CancellationToken.None) : Task.CompletedTask,
                    key,
                    CancellationToken.None,
                    TaskContinuationOptions.OnlyOnRanToCompletion,
                    TaskScheduler.Default)
                .Unwrap()
                .ContinueWith(released => _ = released.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

        private static WebhookAnswer Duplicate(WebhookAnswer answer)
            => new(answer.StatusCode, answer.ContentType, answer.Body, Outcomes.Duplicate, remember: false);

        private static string Reason(Exception exception)
            => exception is TimeoutException ? "no answer within the duplicate cache timeout" : exception.GetType().Name + ": " + exception.Message;

        /// <summary>One delivery of an idempotency token on this machine.</summary>
        internal sealed class Delivery : IDisposable
        {
            private readonly DuplicateDeliveries _owner;
            private readonly string _key;
            private readonly TaskCompletionSource<WebhookAnswer> _answer;
            private DeliveryClaim? _claim;

            public Delivery(DuplicateDeliveries owner, string key, TaskCompletionSource<WebhookAnswer> answer, Task<WebhookAnswer>? first)
            {
                _owner = owner;
                _key = key;
                _answer = answer;
                First = first;
            }

            /// <summary>The answer of the delivery of the same token running on this machine; null when this delivery is the first.</summary>
            public Task<WebhookAnswer>? First { get; }

            /// <summary>
            /// The answer a redelivery gets without running the handler: the running first delivery's (waited for
            /// until <paramref name="stop"/>), or the remembered one, waited for while another machine holds the claim;
            /// null when the handler must run.
            /// </summary>
            /// <exception cref="OperationCanceledException"><paramref name="stop"/> ended the wait.</exception>
            public async Task<WebhookAnswer?> RecallAsync(TimeSpan cacheTimeout, CancellationToken stop, string eventType, string sid)
            {
                if (First is not null)
                {
                    try
                    {
                        return Duplicate(await First.WaitAsync(stop).ConfigureAwait(false));
                    }
                    catch (OperationCanceledException) when (!stop.IsCancellationRequested)
                    {
                        // The first delivery's client went away before its answer: this one runs the handler.
                        return null;
                    }
                }

                var poll = TimeSpan.FromMilliseconds(5);
                while (true)
                {
                    DeliveryClaim claim;
                    var claiming = _owner._store.TryClaimAsync(_key, stop);
                    try
                    {
                        claim = await claiming.WaitAsync(cacheTimeout, stop).ConfigureAwait(false);
                    }
                    catch (Exception exception)
                    {
                        _owner.ReleaseLateClaim(_key, claiming);
                        if (stop.IsCancellationRequested)
                        {
                            throw;
                        }

                        WebhookLog.DuplicateCacheUnavailable(_owner._logger, "reading", Reason(exception), eventType, sid);
                        return null;
                    }

                    switch (claim.State)
                    {
                        case DeliveryClaimState.Taken:
                            _claim = claim;
                            return null;
                        case DeliveryClaimState.Answered:
                            return WebhookAnswer.FromBytes(claim.Answer.ToArray());
                        default:
                            await Task.Delay(poll, stop).ConfigureAwait(false);
                            poll = poll + poll < LongestPoll ? poll + poll : LongestPoll;
                            break;
                    }
                }
            }

            /// <summary>Gives the first delivery's answer to the redeliveries waiting for it (before it is sent).</summary>
            public void Answered(WebhookAnswer answer)
            {
                if (First is null)
                {
                    _answer.TrySetResult(answer);
                }
            }

            /// <summary>
            /// Remembers the first delivery's answer in the store, once it has been sent; a failed handler's answer
            /// is not remembered, and its claim is released so that a redelivery runs the handler again.
            /// </summary>
            public async Task RememberAsync(WebhookAnswer answer, TimeSpan window, TimeSpan cacheTimeout, string eventType, string sid)
            {
                if (First is not null || _claim is not { } claim)
                {
                    return;
                }

                try
                {
                    var storing = answer.Remember
                        ? _owner._store.RememberAnswerAsync(_key, claim, answer.ToBytes(), window, CancellationToken.None)
                        : _owner._store.ReleaseAsync(_key, claim, CancellationToken.None);
                    await storing.WaitAsync(cacheTimeout).ConfigureAwait(false);
                }
                catch (Exception exception)
                {
                    WebhookLog.DuplicateCacheUnavailable(_owner._logger, "writing", Reason(exception), eventType, sid);
                }
            }

            /// <summary>
            /// Ends the delivery: a first delivery that leaves without an answer (its client went away) lets its
            /// waiting redeliveries run the handler themselves.
            /// </summary>
            public void Dispose()
            {
                if (First is null)
                {
                    _answer.TrySetCanceled();
                    _owner._running.TryRemove(new(_key, _answer.Task));
                }
            }
        }
    }
}
