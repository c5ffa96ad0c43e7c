namespace ConversationHooks.AspNetCore
{
    /// <summary>What Twilio is answered when a pre-action handler throws or runs past its budget.</summary>
    public enum PreActionFailureAnswer
    {
        /// <summary>200 with no body: the action goes ahead unchanged, and the failure is logged as an error (the default: a broken handler does not stop conversations).</summary>
        Continue,

        /// <summary>403: the action is rejected, and the failure is logged as an error (for handlers that guard something, such as a content filter).</summary>
        Reject,
    }
}
