using System.Collections.Generic;
using System.Diagnostics.Metrics;

namespace ConversationHooks.AspNetCore.Diagnostics
{
    /// <summary>
    /// The endpoint's instruments, on the meter <see cref="MeterName"/> (OpenTelemetry:
    /// <c>.WithMetrics(m =&gt; m.AddMeter("ConversationHooks.AspNetCore"))</c>). Attribute names are namespaced as
    /// OpenTelemetry's conventions ask (<see cref="WebhookTelemetry"/>), failure reasons are <c>error.type</c>.
    /// </summary>
    internal sealed class WebhookMetrics
    {
        /// <summary>The meter's name.</summary>
        public const string MeterName = "ConversationHooks.AspNetCore";

        /// <summary>
        /// The duration histogram's bucket advice, in seconds: OpenTelemetry's default buckets are for milliseconds
        /// (0 to 10,000), which would put every handler in the first two. These are ASP.NET Core's request-duration
        /// buckets, which end at 10 s (Twilio gives up after 5 s).
        /// </summary>
        public static readonly IReadOnlyList<double> DurationBuckets = new[] { 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10 };

        private readonly Counter<long> _events;
        private readonly Counter<long> _signatureFailures;
        private readonly Histogram<double> _handlerDuration;
        private readonly Counter<long> _unreadParameters;

        public WebhookMetrics(IMeterFactory meterFactory)
        {
            var meter = meterFactory.Create(MeterName);
            _events = meter.CreateCounter<long>("conversationhooks.webhook.events", "{event}", "Signed webhook events received, by event type and outcome.");
            _signatureFailures = meter.CreateCounter<long>("conversationhooks.webhook.signature_failures", "{request}", "Requests refused with 403 because the signature check failed, by reason (error.type).");
            _unreadParameters = meter.CreateCounter<long>("conversationhooks.webhook.unread_parameters", "{parameter}", "Values of signed events that could not be read (their properties are null), by event type and parameter.");
            _handlerDuration = meter.CreateHistogram<double>(
                "conversationhooks.webhook.handler.duration",
                "s",
                "How long handlers ran, by event type and outcome.",
                tags: null,
                advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        }

        public void Event(string eventType, string outcome)
            => _events.Add(1, new KeyValuePair<string, object?>(WebhookTelemetry.EventType, eventType), new KeyValuePair<string, object?>(WebhookTelemetry.Outcome, outcome));

        public void SignatureFailure(WebhookSignatureFailure failure)
            => _signatureFailures.Add(1, new KeyValuePair<string, object?>(WebhookTelemetry.ErrorType, failure.ToString()));

        public void UnreadParameter(string eventType, string parameter)
            => _unreadParameters.Add(1, new KeyValuePair<string, object?>(WebhookTelemetry.EventType, eventType), new KeyValuePair<string, object?>(WebhookTelemetry.ParameterName, parameter));

        public void HandlerDuration(string eventType, string outcome, double seconds)
            => _handlerDuration.Record(seconds, new KeyValuePair<string, object?>(WebhookTelemetry.EventType, eventType), new KeyValuePair<string, object?>(WebhookTelemetry.Outcome, outcome));
    }
}
