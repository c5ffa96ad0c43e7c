using System;
using System.ComponentModel;
using System.Linq;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ConversationHooks.AspNetCore
{
    /// <summary>Maps a Conversations webhook endpoint; plumbing the generated <c>MapConversationsWebhooks</c> calls.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class ConversationsWebhookEndpoint
    {
        /// <summary>
        /// Maps GET and POST at <paramref name="pattern"/> to the request pipeline with <paramref name="hooks"/>,
        /// after <paramref name="configure"/> has added its handlers, whose parameters are checked against the app's
        /// services here. The endpoint allows anonymous requests (the signature is its authentication) unless the
        /// app calls <c>RequireAuthorization</c> on the result.
        /// </summary>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="InvalidOperationException"><c>AddConversationHooks</c> was not called, or a handler takes a parameter no event can be given.</exception>
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

            var receiver = ConversationsWebhookReceiver.Create(endpoints.ServiceProvider, pattern, hooks, configure);
            var endpoint = endpoints.MapMethods(pattern, new[] { HttpMethods.Get, HttpMethods.Post }, new RequestDelegate(receiver.ReceiveAsync))
                .WithDisplayName("Conversations webhooks " + pattern);

            // The signature is the endpoint's authentication: an app's fallback policy (RequireAuthenticatedUser)
            // must not send Twilio to a login page. Anonymous unless the app asks for more (RequireAuthorization on
            // the result): decided last, when every convention has been applied.
            endpoint.Finally(builder =>
            {
                if (!builder.Metadata.OfType<IAuthorizeData>().Any())
                {
                    builder.Metadata.Add(new AllowAnonymousAttribute());
                }
            });
            return endpoint;
        }
    }
}
