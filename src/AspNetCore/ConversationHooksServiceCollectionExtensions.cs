using System;
using ConversationHooks.AspNetCore;
using ConversationHooks.AspNetCore.Diagnostics;
using ConversationHooks.AspNetCore.Pipeline;
using ConversationHooks.AspNetCore.ScaleOut;
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
        /// <c>DuplicateWindow</c>, ...). The options are checked when the host starts: without a token it does not start.
        /// They follow the configuration: a rotated token is accepted as soon as the configuration reloads.
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
            AddConversationHooks(services, Options.Options.DefaultName, section?.Path ?? string.Empty).Bind(configuration);
            return services;
        }

        /// <summary>
        /// Registers options of their own for the endpoints that name them with <c>hooks.UseOptions(name)</c>:
        /// another account's tokens, another public URL (several accounts in one app). Read from
        /// <paramref name="configuration"/> (e.g. <c>builder.Configuration.GetSection("Twilio:Accounts:Support")</c>),
        /// with the same keys as the other overload, checked when such an endpoint is mapped and reloaded with the configuration.
        /// </summary>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public static IServiceCollection AddConversationHooks(this IServiceCollection services, string name, IConfiguration configuration)
        {
            if (name is null)
            {
                throw new ArgumentNullException(nameof(name));
            }

            if (configuration is null)
            {
                throw new ArgumentNullException(nameof(configuration));
            }

            var section = configuration as IConfigurationSection;
            AddConversationHooks(services, name, section?.Path ?? string.Empty).Bind(configuration);
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

            AddConversationHooks(services, Options.Options.DefaultName, string.Empty).Configure(configure);
            return services;
        }

        private static OptionsBuilder<ConversationHooksOptions> AddConversationHooks(IServiceCollection services, string name, string section)
        {
            if (services is null)
            {
                throw new ArgumentNullException(nameof(services));
            }

            services.AddMetrics();
            services.AddDistributedMemoryCache();
            services.TryAddSingleton<WebhookMetrics>();
            services.TryAddSingleton<IDeliveryClaimStore, DistributedCacheClaimStore>();
            services.TryAddSingleton<DuplicateDeliveries>();
            services.TryAddSingleton<PostActionHandOff>();
            services.TryAddSingleton<MappedEndpoints>();
            services.TryAddSingleton(provider => new WebhookEventDispatcher(provider.GetRequiredService<MappedEndpoints>(), provider.GetRequiredService<IServiceScopeFactory>()));
            services.TryAddSingleton<WebhookReceiver>();
            services.AddSingleton<IValidateOptions<ConversationHooksOptions>>(new ConversationHooksOptionsValidation(name, section));
            return services.AddOptions<ConversationHooksOptions>(name).ValidateOnStart();
        }
    }
}
