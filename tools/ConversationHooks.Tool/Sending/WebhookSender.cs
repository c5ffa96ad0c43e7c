using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace ConversationHooks.Tool.Sending
{
    /// <summary>
    /// Sends a signed webhook request to a receiver and reads its answer as Twilio would. One implementation for
    /// <c>conversationhooks send</c> and samples/Receiver's <c>--simulate</c> (which compiles this folder in).
    /// </summary>
    internal static class WebhookSender
    {
        /// <summary>Sends <paramref name="request"/> and describes the answer; a pre-action event's answer is read as continue, change or reject.</summary>
        public static async Task<SendOutcome> SendAsync(HttpClient client, SignedWebhookRequest request, bool isPreAction, CancellationToken cancellationToken = default)
        {
            try
            {
                using var message = request.ToHttpRequestMessage();
                using var response = await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
                var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                return Describe((int)response.StatusCode, body, isPreAction);
            }
            catch (HttpRequestException e)
            {
                return new SendOutcome(SendResult.Unreachable, null, $"unreachable: {request.Url}: {e.Message}");
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return new SendOutcome(SendResult.Unreachable, null, $"unreachable: {request.Url} did not answer within {client.Timeout.TotalSeconds:0.###} s.");
            }
        }

        /// <summary>The answer <paramref name="statusCode"/> and <paramref name="body"/> in the domain's words.</summary>
        public static SendOutcome Describe(int statusCode, string body, bool isPreAction)
        {
            var is2xx = statusCode is >= 200 and <= 299;
            if (!isPreAction)
            {
                return is2xx
                    ? new SendOutcome(SendResult.Answered, statusCode, "received")
                    : Refused(statusCode, body);
            }

            // The endpoint's own refusals (415, 400, ...) name their problem in the body; a rejection has none.
            if (!WebhookResponse.TryRead(statusCode, body, out var answer) || (answer!.Action == WebhookAnswerAction.Reject && body.Length > 0))
            {
                return Refused(statusCode, body);
            }

            return answer.Action switch
            {
                WebhookAnswerAction.Reject => new SendOutcome(SendResult.Answered, statusCode, "reject"),
                WebhookAnswerAction.Change => new SendOutcome(SendResult.Answered, statusCode, "change " + string.Join(" ", answer.ChangedFields.Select(f => $"{f.Key}=\"{f.Value}\""))),
                _ => new SendOutcome(SendResult.Answered, statusCode, "continue"),
            };
        }

        private static SendOutcome Refused(int statusCode, string body)
        {
            var why = body.Length > 0 ? body
                : statusCode == 403 ? "the signature does not match (is the token the receiver's, and the URL the one it checks, or --signed-url behind a tunnel?)"
                : "no reason given (see the receiver's log)";
            return new SendOutcome(SendResult.Refused, statusCode, "refused: " + why);
        }
    }
}
