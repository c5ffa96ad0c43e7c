using System.Text.RegularExpressions;

namespace ConversationHooks.Samples.Receiver
{
    /// <summary>
    /// The sample's moderation rule: a message whose body contains the word "forbidden" is rejected. Whole
    /// word, any case ("Forbidden!" is rejected, "unforbiddenly" is not), so that the rule reads as a person
    /// would read it.
    /// </summary>
    internal static partial class ForbiddenWord
    {
        /// <summary>True when <paramref name="body"/> contains "forbidden" as a word, in any case; false for no body.</summary>
        public static bool IsIn(string? body) => body is not null && Pattern().IsMatch(body);

        // The regex source generator: no run-time regex compilation, so native AOT keeps it.
        [GeneratedRegex(@"\bforbidden\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
        private static partial Regex Pattern();
    }
}
