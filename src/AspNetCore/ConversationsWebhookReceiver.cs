using System;
using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;
using ConversationHooks.AspNetCore.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ConversationHooks.AspNetCore
{
    /// <summary>
    /// One Conversations webhook endpoint's pipeline, callable with any <see cref="HttpContext"/>: from
    /// <c>MapConversationsWebhooks</c>, a plain request delegate, an MVC controller or Azure Functions' ASP.NET Core
    /// integration. Each call runs the same checks and dispatch: the signature, the limits, duplicates, the
    /// pre-action budget, the handler (or processor) and the answer, written to the context's response.
    /// Registered by the generated <c>AddConversationsWebhookReceiver</c> (with handlers) or
    /// <c>AddConversationsWebhookProcessor</c> (with a processor class); thread-safe, one per endpoint.
    /// </summary>
    public sealed class ConversationsWebhookReceiver
    {
        private readonly WebhookReceiver _pipeline;
        private readonly WebhookHooks _hooks;

        private ConversationsWebhookReceiver(WebhookReceiver pipeline, WebhookHooks hooks)
        {
            _pipeline = pipeline;
            _hooks = hooks;
        }

        /// <summary>
        /// Receives the request of <paramref name="context"/> and writes its answer: a refusal (403, 413, 415, 400),
        /// the handler's answer, or the first answer again for a duplicate. Handler failures are answered, not thrown.
        /// </summary>
        /// <param name="context">The request, as the host gives it (its <c>RequestServices</c> are not used: handlers get a scope of their own).</param>
        /// <returns>A task that ends when the answer is written.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
        public Task ReceiveAsync(HttpContext context)
        {
            if (context is null)
            {
                throw new ArgumentNullException(nameof(context));
            }

            return _pipeline.ReceiveAsync(context, _hooks);
        }

        /// <summary>
        /// Builds the receiver of <paramref name="hooks"/> once <paramref name="configure"/> has added its handlers,
        /// whose parameters are checked against <paramref name="services"/>; plumbing the generated code calls.
        /// </summary>
        /// <param name="services">The app's services (after <c>AddConversationHooks</c>).</param>
        /// <param name="endpointName">What tells this endpoint's duplicates apart from another's in a shared cache, such as its route.</param>
        /// <param name="hooks">The generated hooks, empty.</param>
        /// <param name="configure">Adds the handlers.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="InvalidOperationException"><c>AddConversationHooks</c> was not called, the endpoint's options are invalid, or a handler takes a parameter no event can be given.</exception>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static ConversationsWebhookReceiver Create<THooks>(IServiceProvider services, string endpointName, THooks hooks, Action<THooks> configure)
            where THooks : WebhookHooks
        {
            if (services is null)
            {
                throw new ArgumentNullException(nameof(services));
            }

            if (endpointName is null)
            {
                throw new ArgumentNullException(nameof(endpointName));
            }

            if (hooks is null)
            {
                throw new ArgumentNullException(nameof(hooks));
            }

            if (configure is null)
            {
                throw new ArgumentNullException(nameof(configure));
            }

            var pipeline = services.GetService<WebhookReceiver>()
                ?? throw new InvalidOperationException("Call builder.Services.AddConversationHooks(builder.Configuration.GetSection(\"Twilio\")) before the Conversations webhook endpoint " + endpointName + " is built.");
            configure(hooks);
            Freeze(services, endpointName, hooks);
            return new ConversationsWebhookReceiver(pipeline, hooks);
        }

        /// <summary>
        /// Registers the receiver of the hooks <paramref name="createHooks"/> makes, once <paramref name="configure"/>
        /// has added its handlers, as a singleton built (and checked) when the host starts; plumbing the generated
        /// <c>AddConversationsWebhookReceiver</c> calls.
        /// </summary>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static IServiceCollection Add<THooks>(IServiceCollection services, string endpointName, Func<THooks> createHooks, Action<THooks> configure)
            where THooks : WebhookHooks
        {
            if (services is null)
            {
                throw new ArgumentNullException(nameof(services));
            }

            if (endpointName is null)
            {
                throw new ArgumentNullException(nameof(endpointName));
            }

            if (createHooks is null)
            {
                throw new ArgumentNullException(nameof(createHooks));
            }

            if (configure is null)
            {
                throw new ArgumentNullException(nameof(configure));
            }

            services.AddSingleton(provider => Create(provider, endpointName, createHooks(), configure));

            // Built when the host starts, as MapConversationsWebhooks checks its handlers when it maps them: a handler
            // that takes an unregistered service stops the start, not the first event.
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ReceiverStartupCheck>());
            return services;
        }

        /// <summary>Ends the mapping of <paramref name="hooks"/>: its duplicate keys, its handlers' parameters and its options checked.</summary>
        /// <exception cref="InvalidOperationException">The endpoint's options are invalid, or a handler takes a parameter no event can be given.</exception>
        internal static WebhookHooks Freeze(IServiceProvider services, string endpointName, WebhookHooks hooks)
        {
            var application = services.GetService<IHostEnvironment>()?.ApplicationName ?? string.Empty;
            hooks.Freeze($"ConversationHooks:idempotency:{application}:{hooks.OptionsName}:{endpointName}:", MappedEndpoints.NameOf(hooks.OptionsName, endpointName));
            var problems = hooks.ParameterProblems(services.GetService<IServiceProviderIsService>());
            if (problems.Count > 0)
            {
                throw new InvalidOperationException($"The Conversations webhook endpoint {endpointName} cannot call its handlers: " + string.Join(" ", problems));
            }

            // Reads (and checks) the endpoint's options now, so that a missing or invalid named options stops the start.
            services.GetRequiredService<WebhookReceiver>().SettingsOf(hooks.OptionsName);

            // A worker that handles stored events after the request finds the endpoint's handlers by its name.
            services.GetRequiredService<MappedEndpoints>().Add(hooks.EndpointName, hooks);
            return hooks;
        }

        /// <summary>Builds the registered receiver when the host starts, so that what stops it stops the start.</summary>
        private sealed class ReceiverStartupCheck : IHostedService
        {
            private readonly IServiceProvider _services;

            public ReceiverStartupCheck(IServiceProvider services) => _services = services;

            public Task StartAsync(CancellationToken cancellationToken)
            {
                _services.GetService<ConversationsWebhookReceiver>();
                return Task.CompletedTask;
            }

            public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        }
    }
}
