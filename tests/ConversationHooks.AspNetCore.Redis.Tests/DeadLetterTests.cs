using System.Linq;
using System.Net;
using ConversationHooks.AspNetCore.Redis.Tests.Support;

namespace ConversationHooks.AspNetCore.Redis.Tests;

/// <summary>An event whose handler keeps failing: retried, moved to the dead-letter stream after the configured attempts, counted, and replayed.</summary>
public class DeadLetterTests
{
    private const string Meter = "ConversationHooks.AspNetCore.Redis";

    [RedisFact]
    public async Task A_handler_that_always_fails_sends_its_event_to_the_dead_letters_after_the_configured_attempts_and_a_replay_runs_it_again()
    {
        var attempts = 0;
        var fixedHandler = false;
        var handled = new Recorded<int>();
        await using var receiver = await Receiver.StartAsync(h => h.OnMessageAdded(e =>
        {
            if (!Volatile.Read(ref fixedHandler))
            {
                Interlocked.Increment(ref attempts);
                throw new InvalidOperationException("the CRM is down");
            }

            handled.Add(Support.Events.MessageOf(e));
        }), configureBuilder: RedisApps.UseRedis(RedisFactAttribute.Address!, RedisApps.NewPrefix(), o =>
        {
            HandOffTests.HandOffAndProcess("worker")(o);
            o.MaxAttempts = 3;
        }));
        using var measurements = new Measurements(receiver, Meter);
        var deadLetters = receiver.App.Services.GetRequiredService<RedisDeadLetters>();

        using var response = await receiver.PostAsync(Support.Events.MessageAdded(9));
        await Sender.UntilAsync(async () => (await deadLetters.ReadAsync()).Count == 1, () => "the event to reach the dead letters", Bounded.Wait);
        var letter = Assert.Single(await deadLetters.ReadAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, attempts);
        Assert.Equal((3, "onMessageAdded", "InvalidOperationException: the CRM is down"), (letter.Attempts, letter.Event!.EventType, letter.Error));
        Assert.Equal(2, measurements.Items.Where(m => m.Instrument == "conversationhooks.stream.retries").Sum(m => m.Value));
        Assert.Equal(1, measurements.Items.Where(m => m.Instrument == "conversationhooks.stream.dead_lettered").Sum(m => m.Value));
        await Sender.UntilAsync(() => Task.FromResult(Gauge(measurements, "conversationhooks.stream.dead_letters") == 1), () => "the dead-letter gauge to show the event", Bounded.Wait);

        Volatile.Write(ref fixedHandler, true);
        Assert.True(await deadLetters.ReplayAsync(letter.Id));
        await Bounded.UntilAsync(() => handled.Items.Count == 1, "the replayed event to be handled");

        Assert.Equal(9, handled.Single());
        Assert.Empty(await deadLetters.ReadAsync());
        Assert.False(await deadLetters.ReplayAsync(letter.Id));
        Assert.Equal(3, attempts);
    }

    /// <summary>The gauge's value as the meter reads it now.</summary>
    private static double Gauge(Measurements measurements, string instrument)
    {
        measurements.Observe();
        return measurements.Items.LastOrDefault(m => m.Instrument == instrument).Value;
    }
}
