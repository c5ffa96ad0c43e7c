using System.Collections.Concurrent;
using System.Linq;
using System.Net;
using System.Net.Http;
using ConversationHooks.AspNetCore.Tests.Support;
using Microsoft.Extensions.Logging;

namespace ConversationHooks.AspNetCore.Tests;

/// <summary>
/// 20,000 signed deliveries at 64 concurrent connections over loopback to Kestrel: every one answered as its
/// handler says, no event lost, every redelivery suppressed. Bounded: it fails, saying how far it got, if it
/// runs past <see cref="Bound"/> (it takes seconds on two cores).
/// </summary>
public sealed class LoadTests
{
    private const int Deliveries = 20_000;
    private const int Connections = 64;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Every_delivery_at_64_connections_is_answered_by_its_handler_once_and_redeliveries_are_suppressed()
    {
        var handled = new ConcurrentDictionary<int, int>();
        await using var receiver = await Receiver.StartAsync(
            hooks =>
            {
                hooks.OnMessageAdd(e => MessageAddAnswer.Change(body: LoadPlan.ChangedBodyOf(Handled(handled, e.Body!))));
                hooks.OnMessageAdded(e => Handled(handled, e.Body!));
            },
            configureBuilder: builder => builder.Logging.ClearProviders());
        var plan = new LoadPlan(Deliveries, receiver.Url, Receiver.Token);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Connections }) { BaseAddress = new Uri(receiver.BaseUrl) };
        using var bound = new CancellationTokenSource(Bound);
        var wrong = new ConcurrentQueue<string>();
        var answered = 0;
        var next = -1;

        async Task SendUntilDone()
        {
            for (var i = Interlocked.Increment(ref next); i < plan.Count; i = Interlocked.Increment(ref next))
            {
                var delivery = plan[i];
                using var response = await client.SendAsync(Request(delivery), bound.Token);
                var body = await response.Content.ReadAsStringAsync(bound.Token);
                if (response.StatusCode != HttpStatusCode.OK || body != delivery.ExpectedAnswer)
                {
                    wrong.Enqueue($"delivery {i} (message {delivery.Message}): {(int)response.StatusCode} '{body}', expected 200 '{delivery.ExpectedAnswer}'");
                }

                Interlocked.Increment(ref answered);
            }
        }

        try
        {
            await Task.WhenAll(Enumerable.Range(0, Connections).Select(_ => Task.Run(SendUntilDone)));
        }
        catch (OperationCanceledException) when (bound.IsCancellationRequested)
        {
            Assert.Fail($"{answered} of {Deliveries} deliveries answered within {Bound.TotalSeconds} s; the load test is bounded.");
        }

        Assert.Empty(wrong.Take(10));
        Assert.Equal(Deliveries, answered);
        Assert.Equal(plan.DistinctMessages, handled.Count);
        Assert.All(handled, message => Assert.True(message.Value == 1, $"message {message.Key} was handled {message.Value} times"));
        Assert.Equal(Deliveries / 5, plan.Redeliveries);
    }

    private static HttpRequestMessage Request(LoadPlan.Delivery delivery)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Receiver.Path) { Content = new StringContent(delivery.FormBody, null, Receiver.FormContentType) };
        request.Headers.Add("X-Twilio-Signature", delivery.Signature);
        request.Headers.Add("I-Twilio-Idempotency-Token", delivery.IdempotencyToken);
        return request;
    }

    /// <summary>Counts one handling of the message the body names, and returns that message.</summary>
    private static int Handled(ConcurrentDictionary<int, int> handled, string body)
    {
        var message = LoadPlan.MessageIn(body);
        handled.AddOrUpdate(message, 1, (_, count) => count + 1);
        return message;
    }
}
