namespace ConversationHooks.Tool.Sending
{
    /// <summary>How a sent webhook ended; the values are <c>conversationhooks send</c>'s exit codes.</summary>
    internal enum SendResult
    {
        /// <summary>The receiver answered as Twilio reads an answer: received (post-action); continue, change or reject (pre-action).</summary>
        Answered = 0,

        /// <summary>The receiver did not take the request (a post-action event not answered 2xx, a refusal that names its problem, an answer Twilio cannot read).</summary>
        Refused = 1,

        /// <summary>No answer: the connection failed or nothing came back in time.</summary>
        Unreachable = 3,
    }

    /// <summary>What one sent webhook got back, in the domain's words (<c>received</c>, <c>continue</c>, <c>change body="…"</c>, <c>reject</c>), or why it got none.</summary>
    internal sealed record SendOutcome(SendResult Result, int? StatusCode, string Words)
    {
        /// <summary><c>200 received</c>, <c>403 reject</c>, <c>unreachable: …</c>.</summary>
        public override string ToString() => StatusCode is { } status ? $"{status} {Words}" : Words;
    }
}
