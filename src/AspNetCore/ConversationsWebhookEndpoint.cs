using System;
using System.ComponentModel;
using ConversationHooks.AspNetCore.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationHooks.AspNetCore
{
    /// <summary>Maps a Conversations webhook endpoint; plumbing the generated <c>MapConversationsWebhooks</c> calls.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class ConversationsWebhookEndpoint
    {
        /// <summary>
        /// Maps GET and POST at <paramref name="pattern"/> to the request pipeline with <paramref name="hooks"/>,
        /// after <paramref name="configure"/> has added its handlers.
        /// </summary>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="InvalidOperationException"><c>AddConversationHooks</c> was not called.</exception>
        public static IEndpointConventionBuilder Map<THooks>(IEndpointRouteBuilder endpoints, string pattern, THooks hooks, Action<THooks> configure)
            where THooks : WebhookHooks
        {
            if (endpoints is null)
            {
                throw new ArgumentNullException(nameof(endpoints));
            }

            if (pattern is null)
            {
                throw new ArgumentNullException(nameof(pattern));
            }

            if (hooks is null)
            {
                throw new ArgumentNullException(nameof(hooks));
            }

            if (configure is null)
            {
                throw new ArgumentNullException(nameof(configure));
            }

            var receiver = endpoints.ServiceProvider.GetService<WebhookReceiver>()
                ?? throw new InvalidOperationException("Call builder.Services.AddConversationHooks(builder.Configuration.GetSection(\"Twilio\")) before MapConversationsWebhooks.");
            configure(hooks);
            hooks.Freeze();
            return endpoints.MapMethods(pattern, new[] { HttpMethods.Get, HttpMethods.Post }, context => receiver.ReceiveAsync(context, hooks))
                .WithDisplayName("Conversations webhooks " + pattern);
        }
    }
}
