namespace ConversationHooks.AspNetCore.Pipeline
{
    /// <summary>What became of a signed event: the <c>outcome</c> of logs and metrics.</summary>
    internal static class Outcomes
    {
        /// <summary>A pre-action handler let the action go ahead unchanged.</summary>
        public const string Continued = "continued";

        /// <summary>A pre-action handler let the action go ahead with fields changed.</summary>
        public const string Changed = "changed";

        /// <summary>A pre-action handler rejected the action.</summary>
        public const string Rejected = "rejected";

        /// <summary>A post-action handler ran to completion.</summary>
        public const string Handled = "handled";

        /// <summary>A post-action event was handed off to durable storage; a worker runs its handler.</summary>
        public const string Stored = "stored";

        /// <summary>A handler threw.</summary>
        public const string Failed = "failed";

        /// <summary>A pre-action handler ran past its budget.</summary>
        public const string TimedOut = "timed_out";

        /// <summary>A known event with no handler.</summary>
        public const string Unhandled = "unhandled";

        /// <summary>An event type the spec does not know.</summary>
        public const string Unknown = "unknown";

        /// <summary>A signed request that could not be read as an event (what identifies it is missing or malformed).</summary>
        public const string Unreadable = "unreadable";

        /// <summary>A redelivery, answered as the first delivery was.</summary>
        public const string Duplicate = "duplicate";

        public static string Of(WebhookResponse response)
            => response.StatusCode >= 400 ? Rejected : response.Body.Length > 0 ? Changed : Continued;
    }
}
