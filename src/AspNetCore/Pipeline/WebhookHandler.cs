using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationHooks.AspNetCore.Pipeline
{
    /// <summary>
    /// One mapped handler, whatever its shape: the event and its delivery in, the response out (post-action:
    /// always 200 with no body); and the types of the services it takes, checked when the endpoint is mapped.
    /// </summary>
    internal sealed class WebhookHandler
    {
        public WebhookHandler(bool isPreAction, IReadOnlyList<Type> services, Func<object, WebhookDelivery, CancellationToken, Task<WebhookResponse>> invoke)
        {
            IsPreAction = isPreAction;
            Services = services;
            Invoke = invoke;
            TakesDelivery = false;
            foreach (var service in services)
            {
                TakesDelivery |= service == typeof(WebhookDelivery);
            }
        }

        public bool IsPreAction { get; }

        /// <summary>The types of the parameters between the event and the token.</summary>
        public IReadOnlyList<Type> Services { get; }

        /// <summary>True when a parameter is the <see cref="WebhookDelivery"/>: its headers are then copied.</summary>
        public bool TakesDelivery { get; }

        public Func<object, WebhookDelivery, CancellationToken, Task<WebhookResponse>> Invoke { get; }

        /// <summary>Calls the handler in a scope of its own, which lives until the handler's task ends (not only until the answer).</summary>
        public async Task<WebhookResponse> InvokeInScopeAsync(IServiceScopeFactory scopes, object webhookEvent, WebhookForm form, string? idempotencyToken, string? claimKey, IReadOnlyDictionary<string, string>? headers, CancellationToken cancellationToken)
        {
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var delivery = new WebhookDelivery(scope.ServiceProvider, idempotencyToken, claimKey, form.GetValue("RetryCount"), headers);
                return await Invoke(webhookEvent, delivery, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>Why a handler parameter of this type can never be given; null when it can (or the container cannot say).</summary>
        public static string? ParameterProblem(Type parameter, IServiceProviderIsService? services)
        {
            if (parameter == typeof(WebhookDelivery))
            {
                return null;
            }

            if (parameter == typeof(CancellationToken))
            {
                return "a CancellationToken comes last, after the services";
            }

            if (typeof(HttpContext).IsAssignableFrom(parameter))
            {
                return "a handler may run on past its answer, when the request is gone; take a WebhookDelivery for its headers and idempotency token";
            }

            return services is null || services.IsService(parameter)
                ? null
                : "it is not registered in the app's services (register it with builder.Services.Add..., or remove the parameter)";
        }
    }
}
