using System.Collections.Concurrent;
using System.Linq;
using System.Net;

namespace ConversationHooks.AspNetCore.Redis.Tests.Support;

/// <summary>Sends signed deliveries to receivers over a fixed number of connections, spread evenly, and collects what did not come back 200.</summary>
internal static class Sender
{
    /// <summary>
    /// Delivers <paramref name="count"/> events (<paramref name="bodyOf"/> gives event i's form) at
    /// <paramref name="connections"/> connections, event i to receiver i modulo their number; fails when it runs past <paramref name="bound"/>.
    /// </summary>
    /// <returns>The deliveries not answered 200, described.</returns>
    public static async Task<IReadOnlyList<string>> DeliverAsync(IReadOnlyList<Receiver> receivers, int count, Func<int, string> bodyOf, int connections, TimeSpan bound)
    {
        var clients = receivers.Select(r => new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Math.Max(1, connections / receivers.Count) }) { BaseAddress = new Uri(r.BaseUrl) }).ToArray();
        using var stop = new CancellationTokenSource(bound);
        var wrong = new ConcurrentQueue<string>();
        var answered = 0;
        var next = -1;

        async Task SendUntilDone()
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var receiver = receivers[i % receivers.Count];
                var body = bodyOf(i);
                using var request = Receiver.Signed(body, TwilioSignature.SignForm(Receiver.Token, receiver.Url, body));
                using var response = await clients[i % receivers.Count].SendAsync(request, stop.Token);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    wrong.Enqueue($"event {i}: {(int)response.StatusCode}");
                }

                Interlocked.Increment(ref answered);
            }
        }

        try
        {
            await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Task.Run(SendUntilDone)));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            Assert.Fail($"{answered} of {count} deliveries answered within {bound.TotalSeconds} s; the test is bounded.");
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }

        return wrong.ToArray();
    }

    /// <summary>Polls <paramref name="condition"/> until it holds; fails saying <paramref name="what"/> (and how far it got) past <paramref name="bound"/>.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, Func<string> what, TimeSpan bound)
    {
        var elapsed = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            if (elapsed.Elapsed > bound)
            {
                Assert.Fail($"Waited {bound} for {what()}.");
            }

            await Task.Delay(20);
        }
    }
}
