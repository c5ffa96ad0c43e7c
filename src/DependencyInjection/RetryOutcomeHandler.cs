using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Timeout;

namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>
    /// Sits outside the resilience handler and gives its outcomes the connection's meaning: a timeout of an attempt
    /// or of the whole call is a <see cref="TimeoutException"/>, another refusal to send (an open circuit, a rate
    /// limiter) an <see cref="HttpRequestException"/>, which the connection reports as a <c>TwilioApiException</c>;
    /// and a DELETE that was retried and then found nothing (404) counts as done: its first attempt deleted it,
    /// but the answer was lost.
    /// </summary>
    internal sealed class RetryOutcomeHandler : DelegatingHandler
    {
        /// <summary>Set by the retry strategy's <c>OnRetry</c>: this call has been sent more than once.</summary>
        public static readonly ResiliencePropertyKey<bool> Retried = new("ConversationHooks.Retried");

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var context = ResilienceContextPool.Shared.Get(cancellationToken);
            request.SetResilienceContext(context);
            try
            {
                var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                if (request.Method == HttpMethod.Delete && response.StatusCode == HttpStatusCode.NotFound
                    && context.Properties.TryGetValue(Retried, out var retried) && retried)
                {
                    response.Dispose();
                    return new HttpResponseMessage(HttpStatusCode.NoContent) { RequestMessage = request };
                }

                return response;
            }
            catch (TimeoutRejectedException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"The resilience handler timed out after {e.Timeout.TotalSeconds:0.###} s.", e);
            }
            catch (ExecutionRejectedException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw new HttpRequestException($"The resilience handler did not send the request: {e.Message}", e);
            }
            finally
            {
                request.SetResilienceContext(null);
                ResilienceContextPool.Shared.Return(context);
            }
        }
    }
}
