namespace ConversationHooks
{
    /// <summary>How a webhook request whose payload differs from the spec is read.</summary>
    public enum WebhookReadMode
    {
        /// <summary>
        /// The default: only the parameters that identify the event (<c>EventType</c>, <c>AccountSid</c>,
        /// the SIDs of the resource it is about) are needed; a value that cannot be read leaves its
        /// property unset and is listed in the event's <c>UnreadParameters</c>. What Twilio really sends
        /// drifts from its docs, and a refused delivery is lost (post-action) or rejects the action (pre-action).
        /// </summary>
        Tolerant,

        /// <summary>Refuses a request with any value that cannot be read, naming the first one.</summary>
        Strict,
    }
}
