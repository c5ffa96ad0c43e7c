using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ConversationHooks.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConversationHooks.AspNetCore.Pipeline
{
    /// <summary>
    /// One request, in order: the signature header (403 when missing), the host (403 when it is not an accepted
    /// one), the content type (415), the body up to its limit (413; 400 when it cannot be read), the form (400),
    /// the signature itself (403, empty body), the event (read as it is: values that cannot be read are
    /// reported and left out; an event that cannot be built goes to the unreadable observer; only
    /// <see cref="WebhookReadMode.Strict"/> answers 400), then once per claim key (<see cref="DeliveryKeys"/>) the handler (or, post-action, the hand-off) and its
    /// answer. A pre-action event is answered within <see cref="ConversationHooksOptions.PreActionBudget"/> of
    /// the request's arrival, whatever the cache and the handler do; the answer is remembered after it is sent.
    /// </summary>
    internal sealed class WebhookReceiver
    {
        private const string IdempotencyTokenHeaderName = "I-Twilio-Idempotency-Token";

        private readonly IOptionsMonitor<ConversationHooksOptions> _options;
        private readonly ConcurrentDictionary<string, ReceiverSettings> _settings = new(StringComparer.Ordinal);
        private readonly DuplicateDeliveries _duplicates;
        private readonly PostActionHandOff _handOff;
        private readonly IServiceScopeFactory _scopes;
        private readonly WebhookMetrics _metrics;
        private readonly ILogger _logger;

        public WebhookReceiver(IOptionsMonitor<ConversationHooksOptions> options, DuplicateDeliveries duplicates, PostActionHandOff handOff, IServiceScopeFactory scopes, WebhookMetrics metrics, ILoggerFactory loggerFactory)
        {
            _options = options;
            _duplicates = duplicates;
            _handOff = handOff;
            _scopes = scopes;
            _metrics = metrics;
            _logger = loggerFactory.CreateLogger(WebhookLog.Category);

            // Tokens follow the configuration: a reload replaces the settings of the options it changed.
            _options.OnChange((changed, name) => _settings[name ?? Options.DefaultName] = new ReceiverSettings(name ?? Options.DefaultName, changed));
        }

        /// <summary>The settings of the options named <paramref name="name"/>, as they are now (validated on first use: an endpoint's own options are read when it is mapped).</summary>
        public ReceiverSettings SettingsOf(string name) => _settings.GetOrAdd(name, static (n, options) => new ReceiverSettings(n, options.Get(n)), _options);

        /// <summary>Receives one request; <paramref name="dispatch"/>, when given, chooses each known event's handler instead of <paramref name="hooks"/> (an MVC action; null: no handler).</summary>
        public async Task ReceiveAsync(HttpContext context, WebhookHooks hooks, Func<object, bool, WebhookHandler?>? dispatch = null)
        {
            var arrival = Stopwatch.GetTimestamp();
            var trace = WebhookTrace.Start();
            try
            {
                await ReceiveAsync(context, hooks, dispatch, SettingsOf(hooks.OptionsName), arrival, trace).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
            {
                // The client (Twilio, past its 5 seconds) went away: nobody is left to answer, and it is no handler's fault.
                WebhookLog.ClientLeft(_logger, context.Request.Method, context.Request.Path, Stopwatch.GetElapsedTime(arrival).TotalMilliseconds);
                trace.Refused("client_left");
            }
            finally
            {
                trace.Stop();
            }
        }

        private async Task ReceiveAsync(HttpContext context, WebhookHooks hooks, Func<object, bool, WebhookHandler?>? dispatch, ReceiverSettings settings, long arrival, WebhookTrace trace)
        {
            var options = settings.Options;
            var request = context.Request;
            string? signature = request.Headers[TwilioRequestValidator.SignatureHeaderName];
            string? signatureSettings = request.Headers[TwilioRequestValidator.SignatureSettingsHeaderName];
            if (string.IsNullOrEmpty(signature))
            {
                RefuseSignature(context, trace, options, null, WebhookSignatureFailure.MissingSignature);
                return;
            }

            if (!settings.AcceptsHost(request.Host))
            {
                _metrics.SignatureFailure(WebhookSignatureFailure.SignatureMismatch);
                trace.Refused("HostNotAccepted");
                WebhookLog.HostRefused(_logger, request.Host.Value ?? string.Empty, request.Method, request.Path);
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            var url = PublicUrl.Of(request, options.PublicBaseUrl);
            WebhookForm? form;
            string? error;
            if (HttpMethods.IsGet(request.Method))
            {
                // Twilio signs a GET's URL alone; its parameters are in the query string.
                if (!CheckSignature(context, trace, settings, url, Array.Empty<KeyValuePair<string, string>>(), signature, signatureSettings))
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
                    if (CheckSignature(context, trace, settings, url, Array.Empty<KeyValuePair<string, string>>(), signature, signatureSettings))
                    {
                        await RefuseAsync(context, trace, StatusCodes.Status415UnsupportedMediaType, $"the content type is '{request.ContentType}'; Twilio sends application/x-www-form-urlencoded").ConfigureAwait(false);
                    }

                    return;
                }

                string? body;
                try
                {
                    body = await FormBody.ReadAsync(request, options.MaxBodySize, context.RequestAborted).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is BadHttpRequestException or IOException && !context.RequestAborted.IsCancellationRequested)
                {
                    // A malformed body (a body shorter than its Content-Length; a chunk size that overflows, which
                    // Kestrel reports as an IOException): the server could not read it, so nobody signed what it holds.
                    await RefuseAsync(context, trace, StatusCodes.Status400BadRequest, "the body could not be read: " + exception.Message).ConfigureAwait(false);
                    return;
                }

                if (body is null)
                {
                    await RefuseAsync(context, trace, StatusCodes.Status413PayloadTooLarge, $"the body is longer than {options.MaxBodySize} bytes (MaxBodySize)").ConfigureAwait(false);
                    return;
                }

                if (WebhookForm.TryParse(body, out form, out error) && !CheckSignature(context, trace, settings, url, form!, signature, signatureSettings))
                {
                    return;
                }
            }

            if (form is null)
            {
                await RefuseAsync(context, trace, StatusCodes.Status400BadRequest, "the form is malformed: " + error).ConfigureAwait(false);
                return;
            }

            var reading = hooks.Read(form, options.ReadMode);
            if (reading.Event is null && options.ReadMode == WebhookReadMode.Strict)
            {
                await RefuseAsync(context, trace, StatusCodes.Status400BadRequest, reading.Error!).ConfigureAwait(false);
                return;
            }

            var eventType = form.GetValue("EventType") ?? string.Empty;
            var sid = ResourceSid.Of(form);
            trace.Event(eventType, sid);
            ReportUnread(reading, eventType, sid);
            string? idempotencyToken = request.Headers[IdempotencyTokenHeaderName];
            using var deadline = reading.IsPreAction
                ? RequestDeadline.Budgeted(context.RequestAborted, arrival, options.PreActionBudget)
                : RequestDeadline.Unbounded(context.RequestAborted);
            var claimKey = DeliveryKeys.Of(hooks.DuplicateKeyPrefix, form, idempotencyToken, reading.IsPreAction);
            var received = new ReceivedEvent(context, hooks, dispatch, options, form, reading, eventType, sid, idempotencyToken, claimKey, deadline);
            using var delivery = claimKey is null || options.DuplicateWindow == TimeSpan.Zero ? null : _duplicates.Begin(claimKey);
            WebhookAnswer answer;
            try
            {
                answer = (delivery is null ? null : await delivery.RecallAsync(options.DuplicateCacheTimeout, deadline.Token, eventType, sid).ConfigureAwait(false))
                    ?? await HandleAsync(received).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (deadline.IsExpired)
            {
                // The budget ended before the handler could start: waiting for the cache or for a first delivery.
                answer = TimedOut(received, PreActionFallback(options));
            }

            delivery?.Answered(answer);
            _metrics.Event(eventType, answer.Outcome);
            trace.Answered(answer.Outcome);
            WebhookLog.Answered(_logger, eventType, sid, answer.Outcome, answer.StatusCode, Stopwatch.GetElapsedTime(arrival).TotalMilliseconds);
            await WriteAsync(context, answer, complete: delivery is not null).ConfigureAwait(false);
            if (delivery is not null)
            {
                await delivery.RememberAsync(answer, options.DuplicateWindow, options.DuplicateCacheTimeout, eventType, sid).ConfigureAwait(false);
            }
        }

        private async Task<WebhookAnswer> HandleAsync(ReceivedEvent received)
        {
            if (received.Reading.Event is not { } webhookEvent)
            {
                return await HandleUnreadableAsync(received).ConfigureAwait(false);
            }

            var isKnownType = received.Reading.IsKnownType;
            var handler = !isKnownType ? null
                : received.Dispatch is { } dispatch ? dispatch(webhookEvent, received.Reading.IsPreAction)
                : received.Hooks.HandlerFor(webhookEvent);
            if (handler is null)
            {
                return await ObserveUnhandledAsync(received, webhookEvent).ConfigureAwait(false);
            }

            if (!handler.IsPreAction && _handOff.IsEnabled && received.Dispatch is null)
            {
                return await _handOff.StoreAsync(received.Hooks, webhookEvent, received.EventType, received.Sid, received.ClaimKey, received.IdempotencyToken, received.Context.RequestAborted).ConfigureAwait(false);
            }

            var started = Stopwatch.GetTimestamp();
            var answer = await RunAsync(received, handler, webhookEvent, PreActionFallback(received.Options)).ConfigureAwait(false);
            _metrics.HandlerDuration(received.EventType, answer.Outcome, Stopwatch.GetElapsedTime(started).TotalSeconds);
            return answer;
        }

        /// <summary>
        /// A signed request that is no event (what identifies it is missing or malformed) is not refused: the
        /// observer sees its pairs, then a post-action one is answered 200 and a pre-action one as
        /// <see cref="ConversationHooksOptions.PreActionFailure"/> says, within the same budget as a handler.
        /// </summary>
        private async Task<WebhookAnswer> HandleUnreadableAsync(ReceivedEvent received)
        {
            var reading = received.Reading;
            var fallback = reading.IsPreAction ? PreActionFallback(received.Options) : WebhookResponse.Continue;
            if (received.Hooks.Unreadable is not { } observer)
            {
                return WebhookAnswer.Of(fallback, Outcomes.Unreadable);
            }

            var unreadable = new UnreadableWebhookEvent(received.Form, received.EventType, reading.IsPreAction, reading.Error!, received.Context);
            var handler = Observer(reading.IsPreAction, async cancellationToken =>
            {
                await observer(unreadable, cancellationToken).ConfigureAwait(false);
                return fallback;
            });
            var answer = await RunAsync(received, handler, unreadable, fallback).ConfigureAwait(false);
            return answer.Outcome is Outcomes.Failed or Outcomes.TimedOut ? answer : WebhookAnswer.Of(fallback, Outcomes.Unreadable);
        }

        /// <summary>An event without a handler is answered 200 (a pre-action one goes ahead); the observer gets the same budget as a handler, and its failure is logged, never answered.</summary>
        private async Task<WebhookAnswer> ObserveUnhandledAsync(ReceivedEvent received, object webhookEvent)
        {
            var isKnownType = received.Reading.IsKnownType;
            var outcome = isKnownType ? Outcomes.Unhandled : Outcomes.Unknown;
            if (received.Hooks.Unhandled is not { } observer)
            {
                return WebhookAnswer.Of(WebhookResponse.Continue, outcome);
            }

            var unhandled = new UnhandledWebhookEvent(webhookEvent, received.EventType, isKnownType, received.Context);
            var handler = Observer(received.Reading.IsPreAction, async cancellationToken =>
            {
                try
                {
                    await observer(unhandled, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
                {
                    WebhookLog.ObserverThrew(_logger, exception, received.EventType);
                }

                return WebhookResponse.Continue;
            });
            var answer = await RunAsync(received, handler, unhandled, WebhookResponse.Continue).ConfigureAwait(false);
            return answer.Outcome == Outcomes.TimedOut ? answer : WebhookAnswer.Of(WebhookResponse.Continue, outcome);
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

        /// <summary>
        /// Runs a handler and waits for it until the request's deadline: the budget of a pre-action event, the
        /// client's patience for any. When the deadline ends first, the handler's token is already cancelled (it
        /// is the deadline's), the handler runs on in its own scope, and a failure it ends with is logged.
        /// </summary>
        /// <exception cref="OperationCanceledException">The client went away.</exception>
        private async Task<WebhookAnswer> RunAsync(ReceivedEvent received, WebhookHandler handler, object webhookEvent, WebhookResponse fallback)
        {
            var deadline = received.Deadline;
            var running = InvokeAsync(received, handler, webhookEvent);
            try
            {
                var response = await running.WaitAsync(deadline.Token).ConfigureAwait(false);
                return handler.IsPreAction ? WebhookAnswer.Of(response, Outcomes.Of(response)) : WebhookAnswer.Of(WebhookResponse.Continue, Outcomes.Handled);
            }
            catch (Exception) when (deadline.Token.IsCancellationRequested)
            {
                ObserveAbandoned(running, received.EventType, received.Sid);
                if (deadline.IsAborted)
                {
                    throw new OperationCanceledException(deadline.Token);
                }

                return TimedOut(received, fallback);
            }
            catch (Exception exception)
            {
                if (!handler.IsPreAction)
                {
                    WebhookLog.PostActionThrew(_logger, exception, received.EventType, received.Sid);
                    return new WebhookAnswer(StatusCodes.Status500InternalServerError, null, string.Empty, Outcomes.Failed, remember: false);
                }

                WebhookLog.PreActionThrew(_logger, exception, received.EventType, received.Sid, fallback.StatusCode, received.Options.PreActionFailure);
                return WebhookAnswer.Of(fallback, Outcomes.Failed, remember: false);
            }
        }

        private Task<WebhookResponse> InvokeAsync(ReceivedEvent received, WebhookHandler handler, object webhookEvent)
        {
            var headers = handler.TakesDelivery ? WebhookDelivery.CopyHeaders(received.Context.Request.Headers) : null;
            return handler.InvokeInScopeAsync(_scopes, webhookEvent, received.Form, received.IdempotencyToken, received.ClaimKey, headers, received.Deadline.Token);
        }

        /// <summary>A handler left running past its deadline: its failure, if it ends with one other than its cancellation, is logged rather than lost.</summary>
        private void ObserveAbandoned(Task running, string eventType, string sid)
        {
            if (running.IsCompleted && !running.IsFaulted)
            {
                return;
            }

            running.ContinueWith(
                (task, _) =>
                {
                    if (task.Exception?.GetBaseException() is { } exception and not OperationCanceledException)
                    {
                        WebhookLog.AbandonedHandlerThrew(_logger, exception, eventType, sid);
                    }
                },
                null,
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }

        private WebhookAnswer TimedOut(ReceivedEvent received, WebhookResponse fallback)
        {
            WebhookLog.PreActionTimedOut(_logger, received.EventType, received.Sid, received.Options.PreActionBudget, fallback.StatusCode, received.Options.PreActionFailure);
            return WebhookAnswer.Of(fallback, Outcomes.TimedOut, remember: false);
        }

        private static WebhookHandler Observer(bool isPreAction, Func<CancellationToken, Task<WebhookResponse>> observe)
            => new(isPreAction, Array.Empty<Type>(), (_, _, cancellationToken) => observe(cancellationToken));

        private static WebhookResponse PreActionFallback(ConversationHooksOptions options)
            => options.PreActionFailure == PreActionFailureAnswer.Reject ? WebhookResponse.Reject(StatusCodes.Status403Forbidden) : WebhookResponse.Continue;

        private bool CheckSignature(HttpContext context, WebhookTrace trace, ReceiverSettings settings, string url, IReadOnlyList<KeyValuePair<string, string>> parameters, string? signature, string? signatureSettings)
        {
            if (settings.Validator.IsValid(url, parameters, signature, signatureSettings, out var failure))
            {
                return true;
            }

            RefuseSignature(context, trace, settings.Options, url, failure);
            return false;
        }

        /// <summary>403 with an empty body; the warning names the URL the signature was checked against (it holds no secret) and where its scheme and host came from.</summary>
        private void RefuseSignature(HttpContext context, WebhookTrace trace, ConversationHooksOptions options, string? url, WebhookSignatureFailure failure)
        {
            _metrics.SignatureFailure(failure);
            trace.Refused(failure.ToString());
            var request = context.Request;
            var source = options.PublicBaseUrl is null
                ? "the request's scheme and Host (set PublicBaseUrl, or forward X-Forwarded-Proto and X-Forwarded-Host, if Twilio calls another URL)"
                : "PublicBaseUrl";
            WebhookLog.SignatureRefused(_logger, failure, request.Method, url ?? request.Path.ToString(), source);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        private Task RefuseAsync(HttpContext context, WebhookTrace trace, int statusCode, string problem)
        {
            trace.Refused(statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
            problem = problem.TrimEnd('.');
            WebhookLog.Refused(_logger, statusCode, problem);
            context.Response.StatusCode = statusCode;
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync(problem + ".", context.RequestAborted);
        }

        /// <summary>Writes the answer; <paramref name="complete"/> ends the response at once, so that the client has it while the endpoint remembers it.</summary>
        private static async Task WriteAsync(HttpContext context, WebhookAnswer answer, bool complete)
        {
            var response = context.Response;
            response.StatusCode = answer.StatusCode;
            if (answer.ContentType is not null)
            {
                var body = Encoding.UTF8.GetBytes(answer.Body);
                response.ContentType = answer.ContentType;
                response.ContentLength = body.Length;
                await response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
            }
            else
            {
                response.ContentLength = 0;
            }

            if (complete)
            {
                await response.CompleteAsync().ConfigureAwait(false);
            }
        }

        /// <summary>A signed event on its way through the pipeline, and how long it may take.</summary>
        private sealed record ReceivedEvent(
            HttpContext Context,
            WebhookHooks Hooks,
            Func<object, bool, WebhookHandler?>? Dispatch,
            ConversationHooksOptions Options,
            WebhookForm Form,
            WebhookEventReading Reading,
            string EventType,
            string Sid,
            string? IdempotencyToken,
            string? ClaimKey,
            RequestDeadline Deadline);
    }
}
