using System.Diagnostics;

namespace ConversationHooks.AspNetCore.Diagnostics
{
    /// <summary>
    /// The endpoint's trace source and the attribute names its traces and metrics share (namespaced, as
    /// OpenTelemetry's conventions ask of names that are not theirs; <c>error.type</c> is theirs).
    /// </summary>
    internal static class WebhookTelemetry
    {
        /// <summary>The <see cref="ActivitySource"/>'s name (OpenTelemetry: <c>.WithTracing(t =&gt; t.AddSource("ConversationHooks.AspNetCore"))</c>).</summary>
        public const string SourceName = "ConversationHooks.AspNetCore";

        /// <summary>The name of the activity around one request's pipeline.</summary>
        public const string ReceiveActivityName = "ConversationHooks.Receive";

        /// <summary>The request's <c>EventType</c>, such as <c>onMessageAdd</c>.</summary>
        public const string EventType = "conversationhooks.event.type";

        /// <summary>The SID of the event's resource (a message, participant, conversation, user...).</summary>
        public const string ResourceSid = "conversationhooks.resource.sid";

        /// <summary>What became of a signed event (<c>continued</c>, <c>handled</c>, <c>failed</c>, <c>duplicate</c>...).</summary>
        public const string Outcome = "conversationhooks.outcome";

        /// <summary>The name of a parameter whose value could not be read.</summary>
        public const string ParameterName = "conversationhooks.parameter.name";

        /// <summary>Why a request was refused or failed: a signature failure's name, or the refusal's status code.</summary>
        public const string ErrorType = "error.type";

        public static readonly ActivitySource Source = new(SourceName, typeof(WebhookTelemetry).Assembly.GetName().Version?.ToString());
    }

    /// <summary>
    /// One request's traces: the request's own activity (ASP.NET Core's, or a host's) and the endpoint's activity
    /// around the pipeline, when someone listens to <see cref="WebhookTelemetry.SourceName"/>; both get the same tags.
    /// </summary>
    internal readonly struct WebhookTrace
    {
        private readonly Activity? _request;
        private readonly Activity? _receive;

        private WebhookTrace(Activity? request, Activity? receive)
        {
            _request = request;
            _receive = receive;
        }

        /// <summary>Starts the endpoint's activity as a child of the current one (the request's).</summary>
        public static WebhookTrace Start()
        {
            var request = Activity.Current;
            return new WebhookTrace(request, WebhookTelemetry.Source.StartActivity(WebhookTelemetry.ReceiveActivityName, ActivityKind.Internal));
        }

        public void Event(string eventType, string resourceSid)
        {
            Tag(WebhookTelemetry.EventType, eventType);
            Tag(WebhookTelemetry.ResourceSid, resourceSid);
        }

        public void Answered(string outcome)
        {
            Tag(WebhookTelemetry.Outcome, outcome);
            if (outcome is Pipeline.Outcomes.Failed or Pipeline.Outcomes.TimedOut)
            {
                Tag(WebhookTelemetry.ErrorType, outcome);
                _receive?.SetStatus(ActivityStatusCode.Error);
            }
        }

        public void Refused(string errorType) => Tag(WebhookTelemetry.ErrorType, errorType);

        public void Stop() => _receive?.Dispose();

        private void Tag(string name, string value)
        {
            _request?.SetTag(name, value);
            _receive?.SetTag(name, value);
        }
    }
}
