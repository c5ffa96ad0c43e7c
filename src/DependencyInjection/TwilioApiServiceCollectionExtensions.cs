using System;
using System.Net.Http;
using System.Threading.Tasks;
using ConversationHooks;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>Registers <see cref="TwilioApiConnection"/> with <c>IHttpClientFactory</c>, retrying what Twilio asks to be retried.</summary>
    public static class TwilioApiServiceCollectionExtensions
    {
        /// <summary>The name of the <see cref="HttpClient"/> the connection uses.</summary>
        public const string HttpClientName = "ConversationHooks.TwilioApi";

        /// <summary>
        /// Registers <see cref="TwilioApiConnection"/> as a typed client of <c>IHttpClientFactory</c> with the
        /// standard resilience handler of Microsoft.Extensions.Http.Resilience. Retried: a 429 for every
        /// method (Twilio did nothing), after the <c>Retry-After</c> it sends; 408, 5xx and network failures
        /// for every method but POST (a create sent twice makes two webhooks). Then register the generated
        /// client, e.g. <c>services.AddTransient&lt;WebhookConfigurationClient&gt;()</c>.
        /// </summary>
        /// <param name="services">The service collection.</param>
        /// <param name="credentials">Reads the credentials, e.g. from configuration or a secret store.</param>
        /// <param name="configureResilience">Changes the resilience options (attempts, delays, timeouts) after these defaults.</param>
        /// <returns>The client's builder: set another base address with <c>ConfigureHttpClient(c =&gt; c.BaseAddress = …)</c>.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="credentials"/> is null.</exception>
        public static IHttpClientBuilder AddTwilioApiConnection(
            this IServiceCollection services,
            Func<IServiceProvider, TwilioCredentials> credentials,
            Action<HttpStandardResilienceOptions>? configureResilience = null)
        {
            if (services is null)
            {
                throw new ArgumentNullException(nameof(services));
            }

            if (credentials is null)
            {
                throw new ArgumentNullException(nameof(credentials));
            }

            var builder = services.AddHttpClient(HttpClientName)
                .AddTypedClient((http, provider) => new TwilioApiConnection(http, credentials(provider)));
            // No RedactLoggedHeaders here: the factory's default already redacts every header value (Authorization
            // included); naming headers would narrow it to those.
            builder.AddStandardResilienceHandler(options =>
            {
                options.Retry.ShouldRetryAfterHeader = true;
                options.Retry.ShouldHandle = args => new ValueTask<bool>(TwilioRetries.ShouldRetry(args.Outcome, args.Context.GetRequestMessage()));
                configureResilience?.Invoke(options);
            });
            return builder;
        }

        /// <summary>Registers <see cref="TwilioApiConnection"/> with fixed <paramref name="credentials"/>; see the other overload.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="credentials"/> is null.</exception>
        public static IHttpClientBuilder AddTwilioApiConnection(
            this IServiceCollection services,
            TwilioCredentials credentials,
            Action<HttpStandardResilienceOptions>? configureResilience = null)
        {
            if (credentials is null)
            {
                throw new ArgumentNullException(nameof(credentials));
            }

            return services.AddTwilioApiConnection(_ => credentials, configureResilience);
        }
    }
}
