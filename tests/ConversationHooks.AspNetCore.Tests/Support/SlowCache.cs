using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace ConversationHooks.AspNetCore.Tests.Support;

/// <summary>An in-memory IDistributedCache whose reads and writes take as long as a struggling Redis's.</summary>
internal sealed class SlowCache(TimeSpan read, TimeSpan write) : IDistributedCache
{
    private readonly MemoryDistributedCache _cache = new(Options.Create(new MemoryDistributedCacheOptions()));

    public byte[]? Get(string key) => throw new NotSupportedException("The endpoint reads asynchronously.");

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        await Task.Delay(read, CancellationToken.None);
        return await _cache.GetAsync(key, token);
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => throw new NotSupportedException("The endpoint writes asynchronously.");

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        await Task.Delay(write, CancellationToken.None);
        await _cache.SetAsync(key, value, options, token);
    }

    public void Refresh(string key) => _cache.Refresh(key);

    public Task RefreshAsync(string key, CancellationToken token = default) => _cache.RefreshAsync(key, token);

    public void Remove(string key) => _cache.Remove(key);

    public Task RemoveAsync(string key, CancellationToken token = default) => _cache.RemoveAsync(key, token);
}
