using System;
using System.Net.Http;
using System.Threading.Tasks;
using ConversationHooks;
using Microsoft.Extensions.Configuration;
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
        /// call (Twilio did nothing), after the <c>Retry-After</c> it sends; 408, 5xx, network failures and
        /// attempt timeouts for every call that may run twice (<see cref="TwilioApiConnection.IsIdempotent"/>:
        /// fetches, lists, updates and deletes, not creates, which would make two webhooks). A retried DELETE that
        /// then finds nothing (404) counts as done. The handler's timeouts and refusals reach the caller as
        /// <see cref="TwilioApiException"/> like every other failure. Then register the generated client,
        /// e.g. <c>services.AddTransient&lt;WebhookConfigurationClient&gt;()</c>.
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

            // The outcome handler goes first, so it sits outside the resilience handler and sees what it answers.
            var builder = services.AddHttpClient(HttpClientName)
                .AddTypedClient((http, provider) => new TwilioApiConnection(http, credentials(provider)))
                .AddHttpMessageHandler(() => new RetryOutcomeHandler());
            // No RedactLoggedHeaders here: the factory's default already redacts every header value (Authorization
            // included); naming headers would narrow it to those.
            builder.AddStandardResilienceHandler(options =>
            {
                options.Retry.ShouldRetryAfterHeader = true;
                options.Retry.ShouldHandle = args => new ValueTask<bool>(TwilioRetries.ShouldRetry(args.Outcome, args.Context.GetRequestMessage()));
                configureResilience?.Invoke(options);
                var onRetry = options.Retry.OnRetry;
                options.Retry.OnRetry = args =>
                {
                    args.Context.Properties.Set(RetryOutcomeHandler.Retried, true);
                    return onRetry is null ? default : onRetry(args);
                };
            });
            return builder;
        }

        /// <summary>
        /// Registers <see cref="TwilioApiConnection"/> (see the other overloads) from a configuration section, the
        /// one the webhook receiver and the audit tool read too: <c>AccountSid</c> with <c>AuthToken</c>, or with
        /// <c>ApiKeySid</c> and <c>ApiKeySecret</c>; <c>Region</c> and <c>Edge</c> for another region or edge
        /// location (<see cref="TwilioApiConnection.RegionalBaseAddress"/>). The section is read when the connection
        /// is made, so a reloaded configuration applies to the next one.
        /// </summary>
        /// <param name="services">The service collection.</param>
        /// <param name="configuration">The section, such as <c>builder.Configuration.GetSection("Twilio")</c>.</param>
        /// <param name="configureResilience">Changes the resilience options (attempts, delays, timeouts) after the defaults.</param>
        /// <returns>The client's builder; a base address set with <c>ConfigureHttpClient</c> wins over <c>Region</c> and <c>Edge</c>.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is null.</exception>
        /// <remarks>
        /// Resolving the connection throws <see cref="InvalidOperationException"/> when the section holds no credentials,
        /// half an API key, or a value that is not a SID where one belongs; the message names the keys and never shows a secret.
        /// </remarks>
        public static IHttpClientBuilder AddTwilioApiConnection(
            this IServiceCollection services,
            IConfiguration configuration,
            Action<HttpStandardResilienceOptions>? configureResilience = null)
        {
            if (configuration is null)
            {
                throw new ArgumentNullException(nameof(configuration));
            }

            var section = configuration is IConfigurationSection named ? named.Path + ":" : string.Empty;
            return services.AddTwilioApiConnection(
                    _ => TwilioCredentials.FromSettings(key => configuration[key.Substring(section.Length)], section + "AccountSid", section + "AuthToken", section + "ApiKeySid", section + "ApiKeySecret"),
                    configureResilience)
                .ConfigureHttpClient(http => http.BaseAddress ??= TwilioApiConnection.RegionalBaseAddress(configuration["Region"], configuration["Edge"]));
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
