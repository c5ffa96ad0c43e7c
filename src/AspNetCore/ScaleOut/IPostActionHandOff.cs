using System.Threading;
using System.Threading.Tasks;

namespace ConversationHooks.AspNetCore.ScaleOut
{
    /// <summary>
    /// Where the endpoint hands post-action events off instead of running their handlers while Twilio waits:
    /// when one is registered, a post-action event with a handler is answered 200 only once
    /// <see cref="HandOffAsync"/> has stored it durably, and a worker calls the handler later through
    /// <see cref="WebhookEventDispatcher"/>. When it throws, the delivery is answered 503 and an error is logged:
    /// nothing is acknowledged as stored that is not. Pre-action events are always handled at once (their
    /// answer is needed). <c>AddConversationHooksRedis</c> registers a Redis Stream.
    /// </summary>
    public interface IPostActionHandOff
    {
        /// <summary>Stores <paramref name="webhookEvent"/> durably; returns once it is stored.</summary>
        /// <exception cref="System.Exception">It could not be stored.</exception>
        Task HandOffAsync(StoredWebhookEvent webhookEvent, CancellationToken cancellationToken);
    }
}
