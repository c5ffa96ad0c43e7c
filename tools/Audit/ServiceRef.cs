using System.Linq;

namespace ConversationHooks.Audit
{
    /// <summary>A Conversation Service to audit: its SID and, when the account's list gave one, its friendly name.</summary>
    internal sealed record ServiceRef(ChatServiceSid Sid, string? FriendlyName)
    {
        /// <summary>
        /// <c>service IS…</c>, then the friendly name in parentheses when there is one. Control characters in the
        /// name are shown as spaces: a name is anyone's text, and a report line must stay one line.
        /// </summary>
        public string Resource => string.IsNullOrEmpty(FriendlyName)
            ? $"service {Sid.Value}"
            : $"service {Sid.Value} ({new string(FriendlyName.Select(c => char.IsControl(c) ? ' ' : c).ToArray())})";
    }
}
