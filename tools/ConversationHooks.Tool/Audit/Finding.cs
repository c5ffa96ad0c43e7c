using ConversationHooks.Spec;

namespace ConversationHooks.Tool.Audit
{
    /// <summary>
    /// One thing wrong in a live configuration: the diagnostic ID (as the analyzers report it), where it lives
    /// (<c>account</c>, <c>service IS…</c>, <c>conversation CH… webhook WH…</c>), the value at fault, and the message.
    /// </summary>
    internal sealed record Finding(string Id, string Resource, string Value, string Message)
    {
        public string HelpLink => HelpLinks.For(Id);

        public override string ToString() => $"{Resource}: {Id}: {Message}";
    }
}
