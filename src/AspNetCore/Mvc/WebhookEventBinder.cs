using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ConversationHooks.AspNetCore.Mvc
{
    /// <summary>Binds a <c>[ConversationsWebhook]</c> action's event and <see cref="WebhookDelivery"/> parameters to what the pipeline read, never to the form.</summary>
    internal sealed class WebhookEventBinderProvider : IModelBinderProvider
    {
        private static readonly WebhookEventBinder Binder = new();
        private readonly Type _eventBaseType;

        public WebhookEventBinderProvider(Type eventBaseType) => _eventBaseType = eventBaseType;

        public IModelBinder? GetBinder(ModelBinderProviderContext context)
        {
            var type = context.Metadata.ModelType;
            return type == typeof(WebhookDelivery) || _eventBaseType.IsAssignableFrom(type) ? Binder : null;
        }

        private sealed class WebhookEventBinder : IModelBinder
        {
            public Task BindModelAsync(ModelBindingContext bindingContext)
            {
                var feature = bindingContext.HttpContext.Features.Get<WebhookActionFeature>();
                object? value = feature is null ? null
                    : bindingContext.ModelType == typeof(WebhookDelivery) ? feature.Delivery
                    : bindingContext.ModelType.IsInstanceOfType(feature.Event) ? feature.Event
                    : null;
                if (value is null)
                {
                    bindingContext.ModelState.AddModelError(bindingContext.ModelName, $"{bindingContext.ModelType.Name} is bound only in a [ConversationsWebhook] action.");
                    bindingContext.Result = ModelBindingResult.Failed();
                }
                else
                {
                    bindingContext.Result = ModelBindingResult.Success(value);
                }

                return Task.CompletedTask;
            }
        }
    }
}
