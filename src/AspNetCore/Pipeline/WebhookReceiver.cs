using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using ConversationHooks.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConversationHooks.AspNetCore.Pipeline
{
    /// <summary>
    /// One request, in order: the signature header (403 when missing), the content type (415), the body up
    /// to its limit (413), the form (400), the signature itself (403, empty body), the event (read as it is:
    /// values that cannot be read are reported and left out; an event that cannot be built goes to the
    /// unreadable observer; only <see cref="WebhookReadMode.Strict"/> answers 400), then once per idempotency
    /// token the handler, its budget and its answer.
    /// </summary>
    internal sealed class WebhookReceiver
    {
        private const string IdempotencyTokenHeaderName = "I-Twilio-Idempotency-Token";

        private readonly ConversationHooksOptions _options;
        private readonly TwilioRequestValidator _validator;
        private readonly DuplicateDeliveries _duplicates;
        private readonly WebhookMetrics _metrics;
        private readonly ILogger _logger;

        public WebhookReceiver(IOptions<ConversationHooksOptions> options, DuplicateDeliveries duplicates, WebhookMetrics metrics, ILoggerFactory loggerFactory)
        {
            _options = options.Value;
            _validator = new TwilioRequestValidator(_options.AllAuthTokens());
            _duplicates = duplicates;
            _metrics = metrics;
            _logger = loggerFactory.CreateLogger(WebhookLog.Category);
        }

        public async Task ReceiveAsync(HttpContext context, WebhookHooks hooks)
        {
            var started = Stopwatch.GetTimestamp();
            var request = context.Request;
            string? signature = request.Headers[TwilioRequestValidator.SignatureHeaderName];
            string? settings = request.Headers[TwilioRequestValidator.SignatureSettingsHeaderName];
            if (string.IsNullOrEmpty(signature))
            {
                RefuseSignature(context, WebhookSignatureFailure.MissingSignature);
                return;
            }

            var url = PublicUrl.Of(request, _options.PublicBaseUrl);
            WebhookForm? form;
            string? error;
            if (HttpMethods.IsGet(request.Method))
            {
                // Twilio signs a GET's URL alone; its parameters are in the query string.
                if (!CheckSignature(context, url, Array.Empty<KeyValuePair<string, string>>(), signature, settings))
                {
                    return;
                }

                WebhookForm.TryParseQuery(request.QueryString.Value ?? string.Empty, out form, out error);
            }
            else
            {
                if (!FormBody.HasFormContentType(request))
                {
                    // Twilio signs the URL alone when the body is not a form: check it, so that only a signed
                    // request learns that its content type is wrong.
                    if (CheckSignature(context, url, Array.Empty<KeyValuePair<string, string>>(), signature, settings))
                    {
                        await RefuseAsync(context, StatusCodes.Status415UnsupportedMediaType, $"the content type is '{request.ContentType}'; Twilio sends application/x-www-form-urlencoded");
                    }

                    return;
                }

                var body = await FormBody.ReadAsync(request, _options.MaxBodySize, context.RequestAborted).ConfigureAwait(false);
                if (body is null)
                {
                    await RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, $"the body is longer than {_options.MaxBodySize} bytes (MaxBodySize)");
                    return;
                }

                if (WebhookForm.TryParse(body, out form, out error) && !CheckSignature(context, url, form!, signature, settings))
                {
                    return;
                }
            }

            if (form is null)
            {
                await RefuseAsync(context, StatusCodes.Status400BadRequest, "the form is malformed: " + error);
                return;
            }

            var reading = hooks.Read(form, _options.ReadMode);
            if (reading.Event is null && _options.ReadMode == WebhookReadMode.Strict)
            {
                await RefuseAsync(context, StatusCodes.Status400BadRequest, reading.Error!.TrimEnd('.'));
                return;
            }

            var eventType = form.GetValue("EventType") ?? string.Empty;
            var sid = ResourceSid.Of(form);
            ReportUnread(reading, eventType, sid);
            var answer = await _duplicates.RunOnceAsync(
                request.Headers[IdempotencyTokenHeaderName],
                eventType,
                sid,
                () => reading.Event is { } webhookEvent
                    ? HandleAsync(context, hooks, webhookEvent, eventType, sid, reading.IsKnownType)
                    : HandleUnreadableAsync(context, hooks, form, reading, eventType, sid)).ConfigureAwait(false);

            _metrics.Event(eventType, answer.Outcome);
            WebhookLog.Answered(_logger, eventType, sid, answer.Outcome, answer.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            await WriteAsync(context, answer).ConfigureAwait(false);
        }

        private async Task<WebhookAnswer> HandleAsync(HttpContext context, WebhookHooks hooks, object webhookEvent, string eventType, string sid, bool isKnownType)
        {
            var handler = isKnownType ? hooks.HandlerFor(webhookEvent) : null;
            if (handler is null)
            {
                await ObserveAsync(context, hooks, webhookEvent, eventType, isKnownType).ConfigureAwait(false);
                return WebhookAnswer.Of(WebhookResponse.Continue, isKnownType ? Outcomes.Unhandled : Outcomes.Unknown);
            }

            var started = Stopwatch.GetTimestamp();
            var answer = handler.IsPreAction
                ? await RunPreActionAsync(context, handler, webhookEvent, eventType, sid).ConfigureAwait(false)
                : await RunPostActionAsync(context, handler, webhookEvent, eventType, sid).ConfigureAwait(false);
            _metrics.HandlerDuration(eventType, answer.Outcome, Stopwatch.GetElapsedTime(started).TotalSeconds);
            return answer;
        }

        /// <summary>
        /// A signed request that is no event (what identifies it is missing or malformed) is not refused: the
        /// observer sees its pairs, then a post-action one is answered 200 and a pre-action one as
        /// <see cref="ConversationHooksOptions.PreActionFailure"/> says, within the same budget as a handler.
        /// </summary>
        private async Task<WebhookAnswer> HandleUnreadableAsync(HttpContext context, WebhookHooks hooks, WebhookForm form, WebhookEventReading reading, string eventType, string sid)
        {
            var fallback = reading.IsPreAction ? PreActionFallback() : WebhookResponse.Continue;
            if (hooks.Unreadable is not { } observer)
            {
                return WebhookAnswer.Of(fallback, Outcomes.Unreadable);
            }

            var unreadable = new UnreadableWebhookEvent(form, eventType, reading.IsPreAction, reading.Error!, context);
            var handler = new WebhookHandler(reading.IsPreAction, async (_, _, cancellationToken) =>
            {
                await observer(unreadable, cancellationToken).ConfigureAwait(false);
                return fallback;
            });
            var answer = reading.IsPreAction
                ? await RunPreActionAsync(context, handler, unreadable, eventType, sid).ConfigureAwait(false)
                : await RunPostActionAsync(context, handler, unreadable, eventType, sid).ConfigureAwait(false);
            return answer.Outcome is Outcomes.Failed or Outcomes.TimedOut ? answer : WebhookAnswer.Of(fallback, Outcomes.Unreadable);
        }

        /// <summary>What could not be read is a warning and a count, by event type and parameter; the event goes on.</summary>
        private void ReportUnread(WebhookEventReading reading, string eventType, string sid)
        {
            if (reading.Event is null)
            {
                WebhookLog.Unreadable(_logger, eventType, sid, reading.Error!.TrimEnd('.'));
                return;
            }

            if (reading.UnreadParameters.Count == 0)
            {
                return;
            }

            foreach (var parameter in reading.UnreadParameters)
            {
                _metrics.UnreadParameter(eventType, parameter.Name);
            }

            WebhookLog.UnreadParameters(_logger, eventType, sid, string.Join(" ", reading.UnreadParameters));
        }

        private async Task<WebhookAnswer> RunPreActionAsync(HttpContext context, WebhookHandler handler, object webhookEvent, string eventType, string sid)
        {
            var budget = _options.PreActionBudget;
            using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
            cancellation.CancelAfter(budget);
            try
            {
                var response = await handler.Invoke(webhookEvent, context, cancellation.Token).WaitAsync(budget).ConfigureAwait(false);
                return WebhookAnswer.Of(response, Outcomes.Of(response));
            }
            catch (Exception exception) when (exception is TimeoutException || (exception is OperationCanceledException && cancellation.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested))
            {
                var fallback = PreActionFallback();
                WebhookLog.PreActionTimedOut(_logger, eventType, sid, budget, fallback.StatusCode, _options.PreActionFailure);
                return WebhookAnswer.Of(fallback, Outcomes.TimedOut, remember: false);
            }
            catch (Exception exception)
            {
                var fallback = PreActionFallback();
                WebhookLog.PreActionThrew(_logger, exception, eventType, sid, fallback.StatusCode, _options.PreActionFailure);
                return WebhookAnswer.Of(fallback, Outcomes.Failed, remember: false);
            }
        }

        private async Task<WebhookAnswer> RunPostActionAsync(HttpContext context, WebhookHandler handler, object webhookEvent, string eventType, string sid)
        {
            try
            {
                await handler.Invoke(webhookEvent, context, context.RequestAborted).ConfigureAwait(false);
                return WebhookAnswer.Of(WebhookResponse.Continue, Outcomes.Handled);
            }
            catch (Exception exception)
            {
                WebhookLog.PostActionThrew(_logger, exception, eventType, sid);
                return new WebhookAnswer(StatusCodes.Status500InternalServerError, null, string.Empty, Outcomes.Failed, remember: false);
            }
        }

        private WebhookResponse PreActionFallback()
            => _options.PreActionFailure == PreActionFailureAnswer.Reject ? WebhookResponse.Reject(StatusCodes.Status403Forbidden) : WebhookResponse.Continue;

        private async Task ObserveAsync(HttpContext context, WebhookHooks hooks, object webhookEvent, string eventType, bool isKnownType)
        {
            if (hooks.Unhandled is not { } observer)
            {
                return;
            }

            try
            {
                await observer(new UnhandledWebhookEvent(webhookEvent, eventType, isKnownType, context), context.RequestAborted).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                WebhookLog.ObserverThrew(_logger, exception, eventType);
            }
        }

        private bool CheckSignature(HttpContext context, string url, IReadOnlyList<KeyValuePair<string, string>> parameters, string? signature, string? settings)
        {
            if (_validator.IsValid(url, parameters, signature, settings, out var failure))
            {
                return true;
            }

            RefuseSignature(context, failure);
            return false;
        }

        private void RefuseSignature(HttpContext context, WebhookSignatureFailure failure)
        {
            _metrics.SignatureFailure(failure);
            WebhookLog.SignatureRefused(_logger, failure, context.Request.Method, context.Request.Path);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        private Task RefuseAsync(HttpContext context, int statusCode, string problem)
        {
            WebhookLog.Refused(_logger, statusCode, problem);
            context.Response.StatusCode = statusCode;
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync(problem + ".", context.RequestAborted);
        }

        private static Task WriteAsync(HttpContext context, WebhookAnswer answer)
        {
            context.Response.StatusCode = answer.StatusCode;
            if (answer.ContentType is null)
            {
                return Task.CompletedTask;
            }

            context.Response.ContentType = answer.ContentType;
            return context.Response.WriteAsync(answer.Body, context.RequestAborted);
        }
    }
}
