namespace ConversationHooks
{
    /// <summary>What a pre-action webhook's answer tells Twilio to do with the user's action.</summary>
    public enum WebhookAnswerAction
    {
        /// <summary>Go ahead unchanged (200, no body).</summary>
        Continue = 0,

        /// <summary>Reject the action (a 4xx or 5xx status).</summary>
        Reject,

        /// <summary>Go ahead with some fields changed (200 with a JSON object of them).</summary>
        Change,
    }
}
