using System;
using System.Threading;
using System.Threading.Tasks;

namespace ConversationHooks.AspNetCore.ScaleOut
{
    /// <summary>
    /// Where the endpoint takes the claim of a delivery (one per idempotency token, or per event when the
    /// request has none) and keeps the first delivery's answer, so that a redelivery is answered again
    /// without running the handler. The default keeps answers in the app's <c>IDistributedCache</c>: its
    /// look-up and write are not one atomic step, so across machines two deliveries at the same instant may
    /// both run. <c>AddConversationHooksRedis</c> (package ConversationHooks.AspNetCore.Redis) replaces it with
    /// an atomic claim on Redis. Register one as a singleton to replace the default.
    /// </summary>
    public interface IDeliveryClaimStore
    {
        /// <summary>
        /// Takes the claim of <paramref name="key"/> atomically, or says why it cannot: the first delivery
        /// answered already (<see cref="DeliveryClaimState.Answered"/>, with its answer), or it is still running
        /// (<see cref="DeliveryClaimState.HeldElsewhere"/>: the endpoint asks again until it is answered, released
        /// or its claim expires).
        /// </summary>
        /// <exception cref="Exception">The store cannot be reached: the endpoint processes the event without suppression and logs a warning.</exception>
        Task<DeliveryClaim> TryClaimAsync(string key, CancellationToken cancellationToken);

        /// <summary>Keeps <paramref name="answer"/> as the answer of <paramref name="key"/> for <paramref name="window"/>, replacing the claim.</summary>
        Task RememberAnswerAsync(string key, DeliveryClaim claim, ReadOnlyMemory<byte> answer, TimeSpan window, CancellationToken cancellationToken);

        /// <summary>Gives up a claim taken by <paramref name="claim"/> without an answer (the handler failed), so that a redelivery runs the handler again.</summary>
        Task ReleaseAsync(string key, DeliveryClaim claim, CancellationToken cancellationToken);
    }
}
