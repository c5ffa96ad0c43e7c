namespace ConversationHooks.AspNetCore.Pipeline
{
    /// <summary>
    /// The SID a log line names for an event: the most specific resource the request carries (the message
    /// before its conversation, ...), so that one line finds the thing in Twilio's console.
    /// </summary>
    internal static class ResourceSid
    {
        // Most specific first; every Conversations event carries one of these.
        private static readonly string[] Parameters = { "MessageSid", "ParticipantSid", "UserSid", "ConversationSid", "AccountSid" };

        public static string Of(WebhookForm form)
        {
            foreach (var name in Parameters)
            {
                if (form.GetValue(name) is { Length: > 0 } sid)
                {
                    return sid;
                }
            }

            return "(no SID)";
        }
    }
}
