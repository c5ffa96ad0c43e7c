using System;
using System.Collections.Generic;
using System.Linq;

namespace ConversationHooks.Analyzers
{
    /// <summary>The valid filter names closest to a misspelled one (edit distance, ignoring case).</summary>
    internal static class FilterSuggestions
    {
        private const int MaxSuggestions = 2;

        public static IReadOnlyList<string> Closest(string unknown, IEnumerable<string> names)
        {
            var ranked = names.Select(name => (Name: name, Distance: Distance(unknown, name))).ToList();
            if (ranked.Count == 0)
            {
                return Array.Empty<string>();
            }

            var best = ranked.Min(r => r.Distance);
            var limit = Math.Max(3, unknown.Length / 3);
            return ranked
                .Where(r => r.Distance <= best + 1 && r.Distance <= limit)
                .OrderBy(r => r.Distance)
                .Take(MaxSuggestions)
                .Select(r => r.Name)
                .ToList();
        }

        /// <summary>"; did you mean 'a' or 'b'?", or nothing when no name is close.</summary>
        public static string DidYouMean(IReadOnlyList<string> suggestions)
            => suggestions.Count == 0 ? string.Empty : "; did you mean " + string.Join(" or ", suggestions.Select(s => $"'{s}'")) + "?";

        private static int Distance(string left, string right)
        {
            var previous = new int[right.Length + 1];
            var current = new int[right.Length + 1];
            for (var j = 0; j <= right.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= left.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= right.Length; j++)
                {
                    var cost = char.ToLowerInvariant(left[i - 1]) == char.ToLowerInvariant(right[j - 1]) ? 0 : 1;
                    current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                }

                (previous, current) = (current, previous);
            }

            return previous[right.Length];
        }
    }
}
