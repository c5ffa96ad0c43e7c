using System;
using System.Collections.Generic;
using System.Linq;
using ConversationHooks.Spec.Model;

namespace ConversationHooks.Spec.Findings
{
    /// <summary>
    /// The words of what is wrong with a webhook configuration, one text each, used by the analyzers'
    /// diagnostics (in source) and the audit tool (in a live account): a finding reads the same wherever
    /// it is found. Templates take <see cref="string.Format(IFormatProvider, string, object[])"/> arguments, as
    /// Roslyn's diagnostic messages do.
    /// </summary>
    internal static class FindingMessages
    {
        /// <summary>CWH001. {0} the filter, {1} <see cref="DidYouMean"/>.</summary>
        public const string UnknownFilter = "'{0}' is not a Conversations webhook filter{1}";

        /// <summary>CWH002. {0} the filter, {1} the scope, {2} <see cref="NotDeliveredAdvice"/>.</summary>
        public const string FilterNotDeliveredAtScope = "'{0}' is not delivered to {1} webhooks{2}";

        /// <summary>CWH005. {0} the value, {1} "method" or "target", {2} the scope, {3} <see cref="Expected"/>.</summary>
        public const string InvalidMethodOrTarget = "'{0}' is not a webhook {1} at {2} scope; expected {3}";

        /// <summary>CWH009: in live configuration (audit), or in a call that sets URLs but no pre-event URL (analyzers). {0} the filter, {1} the scope.</summary>
        public const string PreActionFilterWithoutPreEventUrl = "'{0}' is a pre-action event, but this {1} configuration has no pre-event URL to send it to";

        /// <summary>"; did you mean 'a' or 'b'?", or nothing when no name is close.</summary>
        public static string DidYouMean(IReadOnlyList<string> suggestions)
            => suggestions.Count == 0 ? string.Empty : "; did you mean " + string.Join(" or ", suggestions.Select(s => $"'{s}'")) + "?";

        /// <summary>
        /// Why a known filter is not delivered at <paramref name="scope"/>: its post-action counterpart when that one is
        /// (then <paramref name="counterpart"/> names it), else the scopes it is delivered at.
        /// </summary>
        public static string NotDeliveredAdvice(FilterSpec filter, string scope, Func<string, FilterSpec?> findFilter, out string? counterpart)
        {
            counterpart = filter.Counterpart is { } post && findFilter(post) is { } postFilter && postFilter.Scopes.Contains(scope) ? post : null;
            return counterpart is null
                ? $" (it is delivered at {string.Join(", ", filter.Scopes)} scope)"
                : $"; {filter.Phase.ToString().ToLowerInvariant()}-action events are not delivered there, use its post-action counterpart '{counterpart}'";
        }

        /// <summary>The accepted values, quoted: <c>'webhook', 'trigger', 'studio'</c>.</summary>
        public static string Expected(IEnumerable<string> accepted) => string.Join(", ", accepted.Select(a => $"'{a}'"));
    }
}
