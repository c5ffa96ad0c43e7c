using System.Collections.Generic;
using System.Collections.Concurrent;
using System.Linq;

namespace ConversationHooks.AspNetCore.Tests.Support;

/// <summary>What handlers received, in order (they run on Kestrel's threads).</summary>
internal sealed class Recorded<T>
{
    private readonly ConcurrentQueue<T> _items = new();

    public IReadOnlyList<T> Items => _items.ToArray();

    public void Add(T item) => _items.Enqueue(item);

    public T Single() => Assert.Single(Items);
}
