using System.Net;
using System.Net.Http;
using ConversationHooks;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>Which failed calls to Twilio are worth another attempt.</summary>
    internal static class TwilioRetries
    {
        private const HttpStatusCode TooManyRequests = (HttpStatusCode)429;

        public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request)
        {
            // Twilio refused a 429 before acting on it: any call may go again, after Retry-After.
            if (outcome.Result?.StatusCode == TooManyRequests)
            {
                return true;
            }

            // A 5xx, a lost connection or a timeout may come after Twilio acted: only calls that can run twice go
            // again. Updates (POST to a resource) and deletes can; a create sent twice makes two webhooks.
            return HttpClientResiliencePredicates.IsTransient(outcome) && request is not null && TwilioApiConnection.IsIdempotent(request);
        }
    }
}
