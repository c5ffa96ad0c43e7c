using System.Threading;
using System.Threading.Tasks;
using ConversationHooks.AspNetCore;
using Microsoft.Extensions.Logging;

namespace ConversationHooks.Samples.FunctionsReceiver
{
    /// <summary>The events this receiver handles; every other one is answered 200 (a pre-action one goes ahead).</summary>
    internal sealed class ModerationProcessor(ILogger<ModerationProcessor> logger) : ConversationsWebhookProcessor
    {
        /// <summary>Pre-action: Twilio waits for this answer before it adds the message.</summary>
        public override Task<MessageAddAnswer> OnMessageAddAsync(MessageAddEvent webhookEvent, WebhookDelivery delivery, CancellationToken cancellationToken)
            => Task.FromResult(webhookEvent.Body?.Contains("password") == true ? MessageAddAnswer.Change(body: "[redacted]") : webhookEvent.Continue());

        /// <summary>Post-action: the message is added; this only takes note.</summary>
        public override Task OnMessageAddedAsync(MessageAddedEvent webhookEvent, WebhookDelivery delivery, CancellationToken cancellationToken)
        {
            logger.LogInformation("{Author} wrote message #{Index} in {Conversation}", webhookEvent.Author, webhookEvent.Index, webhookEvent.ConversationSid);
            return Task.CompletedTask;
        }
    }
}
