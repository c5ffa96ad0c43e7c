using System.Collections.Generic;
using System.Diagnostics.Metrics;

namespace ConversationHooks.AspNetCore.Diagnostics
{
    /// <summary>
    /// The endpoint's instruments, on the meter <see cref="MeterName"/> (OpenTelemetry:
    /// <c>.WithMetrics(m =&gt; m.AddMeter("ConversationHooks.AspNetCore"))</c>).
    /// </summary>
    internal sealed class WebhookMetrics
    {
        /// <summary>The meter's name.</summary>
        public const string MeterName = "ConversationHooks.AspNetCore";

        private readonly Counter<long> _events;
        private readonly Counter<long> _signatureFailures;
        private readonly Histogram<double> _handlerDuration;
        private readonly Counter<long> _unreadParameters;

        public WebhookMetrics(IMeterFactory meterFactory)
        {
            var meter = meterFactory.Create(MeterName);
            _events = meter.CreateCounter<long>("conversationhooks.webhook.events", "{event}", "Signed webhook events received, by event type and outcome.");
            _signatureFailures = meter.CreateCounter<long>("conversationhooks.webhook.signature_failures", "{request}", "Requests refused with 403 because the signature check failed, by reason.");
            _unreadParameters = meter.CreateCounter<long>("conversationhooks.webhook.unread_parameters", "{parameter}", "Values of signed events that could not be read (their properties are null), by event type and parameter.");
            _handlerDuration = meter.CreateHistogram<double>("conversationhooks.webhook.handler.duration", "s", "How long handlers ran, by event type and outcome.");
        }

        public void Event(string eventType, string outcome)
            => _events.Add(1, new KeyValuePair<string, object?>("event_type", eventType), new KeyValuePair<string, object?>("outcome", outcome));

        public void SignatureFailure(WebhookSignatureFailure failure)
            => _signatureFailures.Add(1, new KeyValuePair<string, object?>("reason", failure.ToString()));

        public void UnreadParameter(string eventType, string parameter)
            => _unreadParameters.Add(1, new KeyValuePair<string, object?>("event_type", eventType), new KeyValuePair<string, object?>("parameter", parameter));

        public void HandlerDuration(string eventType, string outcome, double seconds)
            => _handlerDuration.Record(seconds, new KeyValuePair<string, object?>("event_type", eventType), new KeyValuePair<string, object?>("outcome", outcome));
    }
}
