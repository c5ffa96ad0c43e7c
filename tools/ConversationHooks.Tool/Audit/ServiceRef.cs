namespace ConversationHooks.Tool.Audit
{
    /// <summary>A Conversation Service to audit: its SID and, when the account's list gave one, its friendly name.</summary>
    internal sealed record ServiceRef(ChatServiceSid Sid, string? FriendlyName)
    {
        /// <summary><c>service IS…</c>, then the friendly name in parentheses when there is one (as it is: reports escape what they print).</summary>
        public string Resource => string.IsNullOrEmpty(FriendlyName) ? $"service {Sid.Value}" : $"service {Sid.Value} ({FriendlyName})";
    }
}
