using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConversationHooks.AspNetCore.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace ConversationHooks.AspNetCore.Mvc
{
    /// <summary>
    /// Runs a <c>[ConversationsWebhook]</c> action as a handler of the pipeline: as a resource filter it hands the
    /// request to the pipeline, whose handler runs the rest of MVC (binding, the action, its result); as a result
    /// filter it takes the action's answer for the pipeline to send, instead of MVC writing it.
    /// </summary>
    internal sealed class WebhookActionFilter : IAsyncResourceFilter, IAsyncResultFilter
    {
        private readonly WebhookControllers _controllers;

        public WebhookActionFilter(WebhookControllers controllers) => _controllers = controllers;

        public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
        {
            var eventType = EventParameterType(context);
            Task<WebhookResponse>? action = null;
            await _controllers.Pipeline.ReceiveAsync(context.HttpContext, _controllers.Hooks, (webhookEvent, isPreAction) =>
                eventType.IsInstanceOfType(webhookEvent)
                    ? new WebhookHandler(isPreAction, Array.Empty<Type>(), (e, delivery, cancellationToken) => action = RunActionAsync(context, next, new WebhookActionFeature(e, delivery, isPreAction, cancellationToken)))
                    : null).ConfigureAwait(false);
            if (action is null)
            {
                // Answered without the action (a refusal, a duplicate, an event it does not take): MVC runs nothing more.
                context.Result = new EmptyResult();
                return;
            }

            if (!action.IsCompleted)
            {
                // The action ran past its deadline and was answered for: the client has its answer, and the request
                // lives on until the action ends (its token is already cancelled), as MVC's context must.
                await context.HttpContext.Response.CompleteAsync().ConfigureAwait(false);
                await ((Task)action).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
            }
        }

        public Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
        {
            if (context.HttpContext.Features.Get<WebhookActionFeature>() is not { } feature)
            {
                return next();
            }

            // The pipeline sends the answer: MVC writes nothing.
            feature.Response = context.Result switch
            {
                ObjectResult { Value: { } value } when _controllers.Hooks.ResponseOf(value) is { } answer => answer,
                IStatusCodeActionResult { StatusCode: >= 400 and var status } => WebhookResponse.Reject(status),
                _ => null,
            };
            context.Cancel = true;
            return Task.CompletedTask;
        }

        /// <summary>The type of the action's event parameter: the events it handles.</summary>
        private Type EventParameterType(ResourceExecutingContext context)
        {
            var types = context.ActionDescriptor.Parameters.Select(p => p.ParameterType).Where(_controllers.EventBaseType.IsAssignableFrom).ToList();
            return types.Count == 1
                ? types[0]
                : throw new InvalidOperationException($"The [ConversationsWebhook] action {context.ActionDescriptor.DisplayName} takes {types.Count} event parameters; it takes one ({_controllers.EventBaseType.Name} or an event type such as MessageAddEvent).");
        }

        /// <summary>Runs binding, the action and its result with the event on the request's features and the handler's token as the request's.</summary>
        private static async Task<WebhookResponse> RunActionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next, WebhookActionFeature feature)
        {
            var http = context.HttpContext;
            http.Features.Set(feature);
            var aborted = http.RequestAborted;
            http.RequestAborted = feature.CancellationToken;
            try
            {
                var executed = await next().ConfigureAwait(false);
                if (executed.ExceptionDispatchInfo is { } exception && !executed.ExceptionHandled)
                {
                    // The pipeline answers a failed handler (500, or PreActionFailure) and logs it.
                    executed.ExceptionHandled = true;
                    exception.Throw();
                }

                // A post-action event is answered 200 whatever the action returned; a pre-action one with its answer,
                // a status of 400 or more as a rejection, anything else (null, Ok()) as going ahead.
                return feature.IsPreAction ? feature.Response ?? WebhookResponse.Continue : WebhookResponse.Continue;
            }
            finally
            {
                http.RequestAborted = aborted;
            }
        }
    }
}
