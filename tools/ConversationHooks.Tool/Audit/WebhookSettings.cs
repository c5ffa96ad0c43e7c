using System.Collections.Generic;

namespace ConversationHooks.Tool.Audit
{
    /// <summary>
    /// One live webhook configuration as the audit checks it: its spec scope (<c>account</c>, <c>service</c>,
    /// <c>conversation</c>), where it lives, and its wire values. <see cref="HasPreEventUrl"/> is null where the
    /// scope has no pre-event URL; <see cref="FiltersAreEvents"/> is false for a trigger, whose "filters" are keywords.
    /// </summary>
    internal sealed record WebhookSettings(
        string Scope,
        string Resource,
        string? Method,
        string? Target,
        IReadOnlyList<string> Filters,
        bool FiltersAreEvents,
        bool? HasPreEventUrl);
}
