using System;
using System.ComponentModel;
using ConversationHooks.AspNetCore.Pipeline;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationHooks.AspNetCore.Mvc
{
    /// <summary>Registers what <c>[ConversationsWebhook]</c> actions need; plumbing the generated <c>AddConversationsWebhookControllers</c> calls.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class ConversationsWebhookControllers
    {
        /// <summary>
        /// Registers the pipeline's reader of events (<paramref name="hooks"/>), the binding of the event and
        /// <see cref="WebhookDelivery"/> parameters (types derived from <paramref name="eventBaseType"/>), and the
        /// discovery of internal controllers that carry <see cref="ConversationsWebhookAttribute"/>.
        /// </summary>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public static IMvcBuilder Add(IMvcBuilder builder, WebhookHooks hooks, Type eventBaseType)
        {
            if (builder is null)
            {
                throw new ArgumentNullException(nameof(builder));
            }

            if (hooks is null)
            {
                throw new ArgumentNullException(nameof(hooks));
            }

            if (eventBaseType is null)
            {
                throw new ArgumentNullException(nameof(eventBaseType));
            }

            builder.PartManager.FeatureProviders.Add(new WebhookControllerFeatureProvider());
            builder.Services.Configure<MvcOptions>(options =>
            {
                options.ModelBinderProviders.Insert(0, new WebhookEventBinderProvider(eventBaseType));
                // The event is what the signature covers, read by the pipeline: nothing in it to validate.
                options.ModelMetadataDetailsProviders.Add(new SuppressChildValidationMetadataProvider(eventBaseType));
                options.ModelMetadataDetailsProviders.Add(new SuppressChildValidationMetadataProvider(typeof(WebhookDelivery)));
            });
            builder.Services.AddSingleton(services => new WebhookControllers(
                services.GetService<WebhookReceiver>() ?? throw new InvalidOperationException("[ConversationsWebhook] needs builder.Services.AddConversationHooks(builder.Configuration.GetSection(\"Twilio\"))."),
                ConversationsWebhookReceiver.Freeze(services, "controllers", hooks),
                eventBaseType));
            return builder;
        }
    }
}
