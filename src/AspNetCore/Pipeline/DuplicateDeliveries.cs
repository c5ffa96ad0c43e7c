using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;
using ConversationHooks.AspNetCore.Diagnostics;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConversationHooks.AspNetCore.Pipeline
{
    /// <summary>
    /// Runs each delivery's handling once per <c>I-Twilio-Idempotency-Token</c> and answers a redelivery as
    /// the first one was. Answers are remembered in the <c>IDistributedCache</c> for the duplicate window (in
    /// memory on one machine, Redis across several); on one machine a redelivery that arrives while the first
    /// is still running waits for its answer. Across machines two deliveries that arrive at the same instant
    /// may both run: <c>IDistributedCache</c> has no atomic add. When the cache fails or is slow, the event is
    /// processed without suppression and a warning says so: answering Twilio matters more.
    /// </summary>
    internal sealed class DuplicateDeliveries
    {
        private const string KeyPrefix = "ConversationHooks:idempotency:";

        private readonly ConcurrentDictionary<string, Task<WebhookAnswer>> _running = new(StringComparer.Ordinal);
        private readonly IDistributedCache _cache;
        private readonly IOptions<ConversationHooksOptions> _options;
        private readonly ILogger _logger;

        public DuplicateDeliveries(IDistributedCache cache, IOptions<ConversationHooksOptions> options, ILoggerFactory loggerFactory)
        {
            _cache = cache;
            _options = options;
            _logger = loggerFactory.CreateLogger(WebhookLog.Category);
        }

        public async Task<WebhookAnswer> RunOnceAsync(string? token, string eventType, string sid, Func<Task<WebhookAnswer>> handle)
        {
            var options = _options.Value;
            if (string.IsNullOrEmpty(token) || options.DuplicateWindow == TimeSpan.Zero)
            {
                return await handle().ConfigureAwait(false);
            }

            var first = new TaskCompletionSource<WebhookAnswer>(TaskCreationOptions.RunContinuationsAsynchronously);
            var running = _running.GetOrAdd(token!, first.Task);
            if (running != first.Task)
            {
                return Duplicate(await running.ConfigureAwait(false));
            }

            try
            {
                var key = KeyPrefix + token;
                var (cacheWorks, remembered) = await TryGetAsync(key, options, eventType, sid).ConfigureAwait(false);
                var answer = remembered is not null ? Duplicate(remembered) : await handle().ConfigureAwait(false);
                if (cacheWorks && remembered is null && answer.Remember)
                {
                    await TrySetAsync(key, answer, options, eventType, sid).ConfigureAwait(false);
                }

                first.SetResult(answer);
                return answer;
            }
            catch (Exception exception)
            {
                first.SetException(exception);
                throw;
            }
            finally
            {
                _running.TryRemove(new(token!, first.Task));
            }
        }

        private static WebhookAnswer Duplicate(WebhookAnswer answer)
            => new(answer.StatusCode, answer.ContentType, answer.Body, Outcomes.Duplicate, remember: false);

        private async Task<(bool CacheWorks, WebhookAnswer? Remembered)> TryGetAsync(string key, ConversationHooksOptions options, string eventType, string sid)
        {
            try
            {
                var bytes = await _cache.GetAsync(key).WaitAsync(options.DuplicateCacheTimeout).ConfigureAwait(false);
                return (true, bytes is null ? null : WebhookAnswer.FromBytes(bytes));
            }
            catch (Exception exception)
            {
                WebhookLog.DuplicateCacheUnavailable(_logger, "reading", Reason(exception), eventType, sid);
                return (false, null);
            }
        }

        private async Task TrySetAsync(string key, WebhookAnswer answer, ConversationHooksOptions options, string eventType, string sid)
        {
            try
            {
                var entry = new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = options.DuplicateWindow };
                await _cache.SetAsync(key, answer.ToBytes(), entry).WaitAsync(options.DuplicateCacheTimeout).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                WebhookLog.DuplicateCacheUnavailable(_logger, "writing", Reason(exception), eventType, sid);
            }
        }

        private static string Reason(Exception exception)
            => exception is TimeoutException ? "no answer within the duplicate cache timeout" : exception.GetType().Name + ": " + exception.Message;
    }
}
