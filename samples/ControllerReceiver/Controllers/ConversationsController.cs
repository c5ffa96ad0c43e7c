using System.Threading;
using System.Threading.Tasks;
using ConversationHooks.AspNetCore;
using ConversationHooks.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace ConversationHooks.Samples.ControllerReceiver.Controllers
{
    /// <summary>
    /// One route Twilio calls, one action per kind of event: the action's event parameter says which events it
    /// handles. Internal, like the generated event types it takes.
    /// </summary>
    [Route("/twilio/conversations")]
    [ConversationsWebhook]
    internal sealed class ConversationsController(ILogger<ConversationsController> logger) : ControllerBase
    {
        /// <summary>Every event: a pre-action one is answered with its answer type (null lets it go ahead), a post-action one with 200.</summary>
        [HttpPost]
        public async Task<object?> Receive(WebhookEvent webhookEvent, WebhookDelivery delivery, CancellationToken cancellationToken)
        {
            switch (webhookEvent)
            {
                case MessageAddEvent add:
                    // Pre-action: Twilio waits for this answer before it adds the message.
                    return add.Body?.Contains("password") == true ? MessageAddAnswer.Change(body: "[redacted]") : add.Continue();
                case MessageAddedEvent added:
                    // Post-action: the message is added; this only takes note (the token ends when Twilio goes away).
                    await Task.Yield();
                    cancellationToken.ThrowIfCancellationRequested();
                    logger.LogInformation("{Author} wrote message #{Index} in {Conversation} ({Delivery})", added.Author, added.Index, added.ConversationSid, delivery);
                    return null;
                default:
                    logger.LogInformation("{EventType}: nothing to do", webhookEvent.EventType);
                    return null;
            }
        }
    }
}
