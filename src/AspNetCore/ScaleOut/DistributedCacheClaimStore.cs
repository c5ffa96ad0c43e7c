using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;

namespace ConversationHooks.AspNetCore.ScaleOut
{
    /// <summary>
    /// The default claim store: answers in the app's <c>IDistributedCache</c> (in memory unless the app registers
    /// another). A look-up that finds no answer takes the claim; nothing marks it taken, because the cache has
    /// no atomic add, so across machines two deliveries at the same instant may both run.
    /// </summary>
    internal sealed class DistributedCacheClaimStore : IDeliveryClaimStore
    {
        private readonly IDistributedCache _cache;

        public DistributedCacheClaimStore(IDistributedCache cache) => _cache = cache;

        public async Task<DeliveryClaim> TryClaimAsync(string key, CancellationToken cancellationToken)
        {
            var answer = await _cache.GetAsync(key, cancellationToken).ConfigureAwait(false);
            return answer is null ? DeliveryClaim.Taken(string.Empty) : DeliveryClaim.Answered(answer);
        }

        public Task RememberAnswerAsync(string key, DeliveryClaim claim, ReadOnlyMemory<byte> answer, TimeSpan window, CancellationToken cancellationToken)
            => _cache.SetAsync(key, answer.ToArray(), new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = window }, cancellationToken);

        public Task ReleaseAsync(string key, DeliveryClaim claim, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
