using System;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using ConversationHooks.Spec.Findings;
using ConversationHooks.Spec.Model;

namespace ConversationHooks.Tool.Commands
{
    /// <summary>The event a command names: its filter (<c>onMessageAdded</c>; case and the <c>on</c> may be left out) and the spec's entry.</summary>
    internal sealed record EventChoice(WebhookFilter Filter, FilterSpec Spec)
    {
        // The names the analyzers' CWH001 and the audit offer for a misspelled filter.
        private static readonly FilterSuggestions Suggestions = new(BuiltInSpec.BuiltIn.Filters);

        public bool IsPreAction => Spec.Phase == FilterPhase.Pre;

        public static bool TryFind(string name, [NotNullWhen(true)] out EventChoice? choice, [NotNullWhen(false)] out string? error)
        {
            var spec = BuiltInSpec.BuiltIn.Filters.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase) || string.Equals(f.Name, "on" + name, StringComparison.OrdinalIgnoreCase));
            if (spec is null || !WebhookFilterNames.TryParse(spec.Name, out var filter))
            {
                choice = null;
                error = $"'{name}' is not a Conversations event{FindingMessages.DidYouMean(Suggestions.Closest(name))} ('conversationhooks events' lists them).";
                return false;
            }

            choice = new EventChoice(filter, spec);
            error = null;
            return true;
        }
    }
}
