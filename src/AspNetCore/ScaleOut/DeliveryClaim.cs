using System;

namespace ConversationHooks.AspNetCore.ScaleOut
{
    /// <summary>What <see cref="IDeliveryClaimStore.TryClaimAsync"/> found: this delivery's claim, the first delivery's answer, or a claim another receiver holds.</summary>
    public sealed class DeliveryClaim
    {
        private DeliveryClaim(DeliveryClaimState state, string holder, ReadOnlyMemory<byte> answer)
        {
            State = state;
            Holder = holder;
            Answer = answer;
        }

        /// <summary>What was found.</summary>
        public DeliveryClaimState State { get; }

        /// <summary>Who took the claim (a value unique to this delivery, for a store that releases only its own claim); empty unless <see cref="State"/> is <see cref="DeliveryClaimState.Taken"/>.</summary>
        public string Holder { get; }

        /// <summary>The first delivery's answer, as the endpoint stored it; empty unless <see cref="State"/> is <see cref="DeliveryClaimState.Answered"/>.</summary>
        public ReadOnlyMemory<byte> Answer { get; }

        /// <summary>This delivery holds the claim; <paramref name="holder"/> names it.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="holder"/> is null.</exception>
        public static DeliveryClaim Taken(string holder) => new(DeliveryClaimState.Taken, holder ?? throw new ArgumentNullException(nameof(holder)), ReadOnlyMemory<byte>.Empty);

        /// <summary>The first delivery was answered with <paramref name="answer"/>.</summary>
        public static DeliveryClaim Answered(ReadOnlyMemory<byte> answer) => new(DeliveryClaimState.Answered, string.Empty, answer);

        /// <summary>Another delivery holds the claim and has not answered yet.</summary>
        public static DeliveryClaim HeldElsewhere { get; } = new(DeliveryClaimState.HeldElsewhere, string.Empty, ReadOnlyMemory<byte>.Empty);

        /// <summary>The state and the holder; never the answer.</summary>
        public override string ToString() => Holder.Length == 0 ? State.ToString() : $"{State} by {Holder}";
    }
}
