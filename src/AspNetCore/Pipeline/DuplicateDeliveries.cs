using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using ConversationHooks.AspNetCore.Diagnostics;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;

namespace ConversationHooks.AspNetCore.Pipeline
{
    /// <summary>
    /// Runs each delivery's handling once per endpoint, account and <c>I-Twilio-Idempotency-Token</c>, and
    /// answers a redelivery as the first one was. Answers are remembered in the <c>IDistributedCache</c> for the
    /// duplicate window (in memory on one machine, Redis across several), written after the answer is sent;
    /// on one machine a redelivery that arrives while the first is still running waits for its answer, for as
    /// long as its own request may wait. Across machines two deliveries that arrive at the same instant may
    /// both run: <c>IDistributedCache</c> has no atomic add. When the cache fails or is slow, the event is
    /// processed without suppression and a warning says so: answering Twilio matters more.
    /// </summary>
    internal sealed class DuplicateDeliveries
    {
        private readonly ConcurrentDictionary<string, Task<WebhookAnswer>> _running = new(StringComparer.Ordinal);
        private readonly IDistributedCache _cache;
        private readonly ILogger _logger;

        public DuplicateDeliveries(IDistributedCache cache, ILoggerFactory loggerFactory)
        {
            _cache = cache;
            _logger = loggerFactory.CreateLogger(WebhookLog.Category);
        }

        /// <summary>The cache key of a delivery: the endpoint's prefix, the account and the token, so that endpoints and apps sharing a cache never share answers.</summary>
        public static string KeyOf(string endpointPrefix, string accountSid, string token) => string.Concat(endpointPrefix, accountSid, ":", token);

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
            private bool _cacheWorks;

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
            /// until <paramref name="stop"/>), or the remembered one; null when the handler must run.
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

                try
                {
                    var bytes = await _owner._cache.GetAsync(_key, stop).WaitAsync(cacheTimeout, stop).ConfigureAwait(false);
                    _cacheWorks = true;
                    return bytes is null ? null : WebhookAnswer.FromBytes(bytes);
                }
                catch (Exception exception) when (!stop.IsCancellationRequested)
                {
                    WebhookLog.DuplicateCacheUnavailable(_owner._logger, "reading", Reason(exception), eventType, sid);
                    return null;
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

            /// <summary>Remembers the first delivery's answer in the cache, once it has been sent; a failed handler's answer is not remembered.</summary>
            public async Task RememberAsync(WebhookAnswer answer, TimeSpan window, TimeSpan cacheTimeout, string eventType, string sid)
            {
                if (First is not null || !_cacheWorks || !answer.Remember)
                {
                    return;
                }

                try
                {
                    var entry = new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = window };
                    await _owner._cache.SetAsync(_key, answer.ToBytes(), entry).WaitAsync(cacheTimeout).ConfigureAwait(false);
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
