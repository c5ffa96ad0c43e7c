using System.Diagnostics;

namespace ConversationHooks.AspNetCore.Tests.Support;

/// <summary>Waits that end: a test that would wait forever fails instead, saying what it waited for. Bounds for correctness, not timings.</summary>
internal static class Bounded
{
    /// <summary>Generous: the machine may be loaded.</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    /// <summary>Polls <paramref name="condition"/> until it holds; fails when it does not within <see cref="Wait"/>.</summary>
    public static async Task UntilAsync(Func<bool> condition, string what)
    {
        var elapsed = Stopwatch.StartNew();
        while (!condition())
        {
            if (elapsed.Elapsed > Wait)
            {
                Assert.Fail($"Waited {Wait} for {what}.");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>A token cancelled after <see cref="Wait"/>, for socket reads and process runs.</summary>
    public static CancellationToken Token() => new CancellationTokenSource(Wait).Token;
}
