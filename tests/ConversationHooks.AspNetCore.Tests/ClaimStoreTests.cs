using System.Linq;
using System.Net;
using System.Text;
using ConversationHooks.AspNetCore.ScaleOut;
using ConversationHooks.AspNetCore.Tests.Support;

namespace ConversationHooks.AspNetCore.Tests;

/// <summary>The endpoint through an <see cref="IDeliveryClaimStore"/> of the app's own: what it takes, waits for, answers again and releases.</summary>
public class ClaimStoreTests
{
    [Fact]
    public async Task A_claim_held_elsewhere_is_asked_for_again_until_it_is_answered_and_that_answer_is_replayed()
    {
        var calls = new Recorded<MessageAddEvent>();
        var store = new ScriptedStore(DeliveryClaim.HeldElsewhere, DeliveryClaim.HeldElsewhere, DeliveryClaim.Answered(Encoding.UTF8.GetBytes("403\n\n")));
        await using var receiver = await Receiver.StartAsync(h => h.OnMessageAdd(e =>
        {
            calls.Add(e);
            return e.Continue();
        }), configureBuilder: builder => builder.Services.AddSingleton<IDeliveryClaimStore>(store));

        using var response = await receiver.PostAsync(Fixture.ReadEvent("onMessageAdd"), idempotencyToken: "delivery-1");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(calls.Items);
        Assert.Equal(3, store.Looks);
    }

    [Fact]
    public async Task A_claim_the_store_takes_after_its_look_up_was_given_up_is_released_when_it_arrives()
    {
        var calls = new Recorded<MessageAddedEvent>();
        var store = new ScriptedStore(TimeSpan.FromSeconds(1.5), DeliveryClaim.Taken("late-holder"));
        await using var receiver = await Receiver.StartAsync(h => h.OnMessageAdded(calls.Add), configureBuilder: builder => builder.Services.AddSingleton<IDeliveryClaimStore>(store));

        using var response = await receiver.PostAsync(Fixture.ReadEvent("onMessageAdded"));
        await Bounded.UntilAsync(() => store.Released.Count == 1, "the late claim to be released");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(calls.Items);
        Assert.Equal("late-holder", store.Released.Single().Holder);
        Assert.Empty(store.Remembered.Items);
    }

    /// <summary>A store that answers each look-up with the next claim of its script (the last one from then on), after a delay.</summary>
    private sealed class ScriptedStore(TimeSpan delay, params DeliveryClaim[] script) : IDeliveryClaimStore
    {
        private readonly Recorded<DeliveryClaim> _released = new();
        private int _looks;

        public ScriptedStore(params DeliveryClaim[] script)
            : this(TimeSpan.Zero, script)
        {
        }

        public int Looks => Volatile.Read(ref _looks);

        public Recorded<string> Remembered { get; } = new();

        public IReadOnlyList<DeliveryClaim> Released => _released.Items;

        public async Task<DeliveryClaim> TryClaimAsync(string key, CancellationToken cancellationToken)
        {
            var look = Interlocked.Increment(ref _looks);
            await Task.Delay(delay, CancellationToken.None);
            return script[Math.Min(look, script.Length) - 1];
        }

        public Task RememberAnswerAsync(string key, DeliveryClaim claim, ReadOnlyMemory<byte> answer, TimeSpan window, CancellationToken cancellationToken)
        {
            Remembered.Add(key);
            return Task.CompletedTask;
        }

        public Task ReleaseAsync(string key, DeliveryClaim claim, CancellationToken cancellationToken)
        {
            _released.Add(claim);
            return Task.CompletedTask;
        }
    }
}
