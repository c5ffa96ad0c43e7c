using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Net;
using ConversationHooks.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;

namespace ConversationHooks.AspNetCore.Tests;

/// <summary>
/// One deadline per request, from its arrival: a pre-action answer within the budget whatever the cache and the
/// handler do, the handler's token cancelled every time the budget ends, its scope alive until it ends, its late
/// failure logged; a redelivery leaves with its client. Bounds here are for correctness, with slack for a loaded machine.
/// </summary>
public class DeadlineTests
{
    private const string Category = "ConversationHooks.AspNetCore.ConversationsWebhook";
    private static readonly WebhookForm MessageAdd = WebhookForm.Parse(Fixture.ReadEvent("onMessageAdd"));

    [Fact]
    public async Task When_the_budget_ends_every_hanging_handler_is_cancelled_by_its_answer_and_keeps_its_scope()
    {
        const int Requests = 200;
        var clock = Stopwatch.StartNew();
        var cancelled = new ConcurrentDictionary<string, (TimeSpan At, bool ScopeDisposed)>();
        await using var receiver = await Receiver.StartAsync(
            hooks => hooks.OnMessageAdd(async (MessageAddEvent e, ScopedProbe probe, CancellationToken ct) =>
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, ct);
                }
                catch (OperationCanceledException)
                {
                    var at = clock.Elapsed;

                    // Past the answer, when the request is over: the handler's services must still be there.
                    await Task.Delay(200, CancellationToken.None);
                    cancelled[e.Body!] = (at, probe.IsDisposed);
                }

                return e.Continue();
            }),
            Receiver.Settings(("Twilio:PreActionBudget", "00:00:00.1")),
            builder => builder.Services.AddScoped<ScopedProbe>());

        var answered = await Task.WhenAll(Enumerable.Range(0, Requests).Select(async i =>
        {
            using var response = await receiver.PostAsync(WithBody(MessageAdd, "message " + i));
            return (Body: "message " + i, At: clock.Elapsed, response.StatusCode);
        }));
        await Bounded.UntilAsync(() => cancelled.Count == Requests, $"all {Requests} handlers to see their token cancelled ({cancelled.Count} did)");

        Assert.All(answered, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.All(answered, a => Assert.True(cancelled[a.Body].At <= a.At + TimeSpan.FromSeconds(1), $"{a.Body}: cancelled at {cancelled[a.Body].At}, answered at {a.At}"));
        Assert.DoesNotContain(cancelled, c => c.Value.ScopeDisposed);
    }

    [Fact]
    public async Task With_a_slow_cache_and_a_slow_handler_a_pre_action_answer_arrives_within_the_budget_of_its_arrival()
    {
        var budget = TimeSpan.FromSeconds(4); // the default
        await using var receiver = await Receiver.StartAsync(
            hooks => hooks.OnMessageAdd(async e =>
            {
                await Task.Delay(TimeSpan.FromSeconds(3.5));
                return e.Continue();
            }),
            configureBuilder: builder => builder.Services.AddSingleton<IDistributedCache>(new SlowCache(TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1.5))));

        using (var warmUpClient = receiver.NewClient())
        using (await receiver.PostAsync(Fixture.ReadEvent("onMessageAdded"), via: warmUpClient))
        {
            // A first request warms the app up: what is measured below is the endpoint, not the JIT. It has a
            // connection of its own: the server holds it while it remembers the event's answer (a post-action event
            // is claimed by its own key), and a measured request must not wait for that.
        }

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(async i =>
        {
            var sent = Stopwatch.StartNew();
            using var response = await receiver.PostAsync(Fixture.ReadEvent("onMessageAdd"), idempotencyToken: "delivery-" + i);
            return (response.StatusCode, Elapsed: sent.Elapsed);
        }));

        // Slack for a loaded machine, well short of today's 5 s (read, handler, then write, in sequence).
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.All(answers, a => Assert.True(a.Elapsed < budget + TimeSpan.FromSeconds(0.7), $"answered after {a.Elapsed}"));
    }

    [Fact]
    public async Task The_answer_is_remembered_after_it_is_sent()
    {
        var calls = new Recorded<MessageAddEvent>();
        await using var receiver = await Receiver.StartAsync(
            hooks => hooks.OnMessageAdd(e =>
            {
                calls.Add(e);
                return e.Reject();
            }),
            Receiver.Settings(("Twilio:DuplicateCacheTimeout", "00:00:02")),
            builder => builder.Services.AddSingleton<IDistributedCache>(new SlowCache(TimeSpan.Zero, TimeSpan.FromSeconds(3))));

        var sent = Stopwatch.StartNew();
        using var first = await receiver.PostAsync(Fixture.ReadEvent("onMessageAdd"), idempotencyToken: "delivery-1");
        var firstAnswered = sent.Elapsed;
        using var client = receiver.NewClient();
        using var redelivery = await receiver.PostAsync(Fixture.ReadEvent("onMessageAdd"), idempotencyToken: "delivery-1", via: client);

        // The write takes 3 s and may take 2 s: an answer sooner than 1.5 s did not wait for it; the redelivery, sent meanwhile, waited for nothing either.
        Assert.True(firstAnswered < TimeSpan.FromSeconds(1.5), $"the first delivery waited for the cache's write: {firstAnswered}");
        Assert.Equal(HttpStatusCode.Forbidden, redelivery.StatusCode);
        Assert.Single(calls.Items);
    }

    [Fact]
    public async Task Redeliveries_of_a_hanging_event_leave_once_their_clients_abort()
    {
        var inFlight = 0;
        var called = new Recorded<MessageAddedEvent>();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var receiver = await Receiver.StartAsync(
            hooks => hooks.OnMessageAdded(async e =>
            {
                called.Add(e);
                await release.Task;
            }),
            configureApp: app => app.Use(async (context, next) =>
            {
                Interlocked.Increment(ref inFlight);
                try
                {
                    await next(context);
                }
                finally
                {
                    Interlocked.Decrement(ref inFlight);
                }
            }));
        var body = Fixture.ReadEvent("onMessageAdded");
        var first = receiver.PostAsync(body, idempotencyToken: "delivery-1");
        await Bounded.UntilAsync(() => called.Items.Count == 1, "the first delivery's handler");

        using (var giveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(300)))
        {
            var redeliveries = Enumerable.Range(0, 10).Select(_ => receiver.PostAsync(body, idempotencyToken: "delivery-1", cancellationToken: giveUp.Token)).ToList();
            foreach (var redelivery in redeliveries)
            {
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => redelivery);
            }
        }

        await Bounded.UntilAsync(() => Volatile.Read(ref inFlight) == 1, $"the aborted redeliveries to leave ({Volatile.Read(ref inFlight)} requests in flight)");
        release.SetResult();
        using var answer = await first.WaitAsync(Bounded.Wait);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Single(called.Items);
    }

    [Fact]
    public async Task A_handler_that_fails_after_its_answer_is_logged()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var receiver = await Receiver.StartAsync(
            hooks => hooks.OnMessageAdd(async e =>
            {
                await release.Task;
                throw new InvalidOperationException("failed after its budget");
            }),
            Receiver.Settings(("Twilio:PreActionBudget", "00:00:00.1")));

        using var response = await receiver.PostAsync(Fixture.ReadEvent("onMessageAdd"));
        release.SetResult();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Bounded.UntilAsync(() => receiver.Logs.Of(Category).Any(l => l.Exception?.Message == "failed after its budget"), "the late failure's log line");
        Assert.Equal(LogLevel.Error, receiver.Logs.Of(Category).Single(l => l.Exception is not null).Level);
    }

    [Fact]
    public async Task A_client_that_goes_away_is_not_a_handler_error()
    {
        var called = new Recorded<MessageAddedEvent>();
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdded(async (MessageAddedEvent e, CancellationToken ct) =>
        {
            called.Add(e);
            await Task.Delay(Timeout.Infinite, ct);
        }));

        using (var giveUp = new CancellationTokenSource())
        {
            var request = receiver.PostAsync(Fixture.ReadEvent("onMessageAdded"), cancellationToken: giveUp.Token);
            await Bounded.UntilAsync(() => called.Items.Count == 1, "the handler");
            giveUp.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        }

        await Bounded.UntilAsync(() => receiver.Logs.Of(Category).Any(l => l.Message.Contains("went away")), "the line saying the client went away");
        Assert.DoesNotContain(receiver.Logs.Of(Category), l => l.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task The_unhandled_observer_of_a_pre_action_event_has_the_budget()
    {
        await using var receiver = await Receiver.StartAsync(
            hooks => hooks.OnUnhandled((u, ct) => Task.Delay(Timeout.Infinite, CancellationToken.None)),
            Receiver.Settings(("Twilio:PreActionBudget", "00:00:00.2")));

        using var response = await receiver.PostAsync(Fixture.ReadEvent("onMessageAdd")).WaitAsync(Bounded.Wait);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string WithBody(WebhookForm form, string body)
        => WebhookForm.FromPairs(form.Where(p => p.Key != "Body").Append(new("Body", body))).ToFormBody();
}
