using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace ConversationHooks.Spec.Findings
{
    /// <summary>
    /// The valid filter names closest to a misspelled one (edit distance, ignoring case): the analyzers'
    /// CWH001 and the audit tool suggest the same names.
    /// </summary>
    internal sealed class FilterSuggestions
    {
        private const int MaxSuggestions = 2;

        private readonly string[] _names;
        private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _cache = new(StringComparer.Ordinal);

        public FilterSuggestions(IEnumerable<string> names) => _names = names.ToArray();

        /// <summary>The closest names; a misspelling met again is answered from a cache.</summary>
        public IReadOnlyList<string> Closest(string unknown) => _cache.GetOrAdd(unknown, Compute);

        private IReadOnlyList<string> Compute(string unknown)
        {
            if (_names.Length == 0)
            {
                return Array.Empty<string>();
            }

            var distances = _names.Select(name => Distance(unknown, name)).ToArray();
            var best = distances.Min();
            var limit = Math.Max(3, unknown.Length / 3);
            return Enumerable.Range(0, _names.Length)
                .Where(i => distances[i] <= best + 1 && distances[i] <= limit)
                .OrderBy(i => distances[i])
                .Take(MaxSuggestions)
                .Select(i => _names[i])
                .ToArray();
        }

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
