using System;
using ConversationHooks.AspNetCore;
using ConversationHooks.AspNetCore.Diagnostics;
using ConversationHooks.AspNetCore.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>Registers what <c>MapConversationsWebhooks</c> needs.</summary>
    public static class ConversationHooksServiceCollectionExtensions
    {
        /// <summary>
        /// Registers the Conversations webhook endpoint with its options read from <paramref name="configuration"/>
        /// (e.g. <c>builder.Configuration.GetSection("Twilio")</c>: keys <c>AuthToken</c>, <c>AuthTokens:0</c>, ...,
        /// <c>PublicBaseUrl</c>, <c>MaxBodySize</c>, <c>PreActionBudget</c>, <c>PreActionFailure</c>,
        /// <c>DuplicateWindow</c>). The options are checked when the host starts: without a token it does not start.
        /// Duplicates are remembered in the app's <c>IDistributedCache</c>; in memory unless the app registers
        /// another one (such as Redis with <c>AddStackExchangeRedisCache</c>).
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is null.</exception>
        public static IServiceCollection AddConversationHooks(this IServiceCollection services, IConfiguration configuration)
        {
            if (configuration is null)
            {
                throw new ArgumentNullException(nameof(configuration));
            }

            var section = configuration as IConfigurationSection;
            AddConversationHooks(services, section?.Path ?? string.Empty).Bind(configuration);
            return services;
        }

        /// <summary>Registers the Conversations webhook endpoint with options set by <paramref name="configure"/>; see the other overload.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
        public static IServiceCollection AddConversationHooks(this IServiceCollection services, Action<ConversationHooksOptions> configure)
        {
            if (configure is null)
            {
                throw new ArgumentNullException(nameof(configure));
            }

            AddConversationHooks(services, string.Empty).Configure(configure);
            return services;
        }

        private static OptionsBuilder<ConversationHooksOptions> AddConversationHooks(IServiceCollection services, string section)
        {
            if (services is null)
            {
                throw new ArgumentNullException(nameof(services));
            }

            services.AddMetrics();
            services.AddDistributedMemoryCache();
            services.TryAddSingleton<WebhookMetrics>();
            services.TryAddSingleton<DuplicateDeliveries>();
            services.TryAddSingleton<WebhookReceiver>();
            services.AddSingleton<IValidateOptions<ConversationHooksOptions>>(new ConversationHooksOptionsValidation(section));
            return services.AddOptions<ConversationHooksOptions>().ValidateOnStart();
        }
    }
}
