using System;
using System.Threading;
using System.Threading.Tasks;
using ConversationHooks.AspNetCore.Diagnostics;
using ConversationHooks.AspNetCore.ScaleOut;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ConversationHooks.AspNetCore.Pipeline
{
    /// <summary>
    /// The endpoint's side of <see cref="IPostActionHandOff"/>: a post-action event is answered 200 once the
    /// registered hand-off stored it, 503 (with an error log, and nothing remembered) when it could not.
    /// </summary>
    internal sealed class PostActionHandOff
    {
        private readonly IPostActionHandOff? _handOff;
        private readonly TimeProvider _time;
        private readonly ILogger _logger;

        public PostActionHandOff(IServiceProvider services, ILoggerFactory loggerFactory)
        {
            _handOff = (IPostActionHandOff?)services.GetService(typeof(IPostActionHandOff));
            _time = (TimeProvider?)services.GetService(typeof(TimeProvider)) ?? TimeProvider.System;
            _logger = loggerFactory.CreateLogger(WebhookLog.Category);
        }

        /// <summary>True when post-action events are stored rather than handled while Twilio waits.</summary>
        public bool IsEnabled => _handOff is not null;

        /// <exception cref="OperationCanceledException">The client went away (<paramref name="aborted"/>).</exception>
        public async Task<WebhookAnswer> StoreAsync(WebhookHooks hooks, object webhookEvent, string eventType, string sid, string? claimKey, string? idempotencyToken, CancellationToken aborted)
        {
            try
            {
                var stored = new StoredWebhookEvent(hooks.EndpointName, eventType, hooks.ToJson(webhookEvent), claimKey, idempotencyToken, _time.GetUtcNow());
                await _handOff!.HandOffAsync(stored, aborted).ConfigureAwait(false);
                return WebhookAnswer.Of(WebhookResponse.Continue, Outcomes.Stored);
            }
            catch (Exception exception) when (!aborted.IsCancellationRequested)
            {
                WebhookLog.HandOffFailed(_logger, exception, eventType, sid);
                return new WebhookAnswer(StatusCodes.Status503ServiceUnavailable, null, string.Empty, Outcomes.Failed, remember: false);
            }
        }
    }
}
