using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using ConversationHooks.Spec.Model;

namespace ConversationHooks.Spec.Findings
{
    /// <summary>
    /// The valid filter names to offer for an unknown one: its Programmable Chat counterpart first
    /// (<see cref="ChatFilterNames"/>), then the closest names (edit distance, ignoring case). The
    /// analyzers' CWH001 and the audit tool suggest the same names. Where the configuration shows
    /// which phase it can deliver, <see cref="Deliverable"/> keeps the fix on that phase.
    /// </summary>
    internal sealed class FilterSuggestions
    {
        private const int MaxSuggestions = 2;

        private readonly FilterSpec[] _filters;
        private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _cache = new(StringComparer.Ordinal);

        public FilterSuggestions(IEnumerable<FilterSpec> filters) => _filters = filters.ToArray();

        /// <summary>The Chat counterpart, then the closest names; a misspelling met again is answered from a cache.</summary>
        public IReadOnlyList<string> Closest(string unknown) => _cache.GetOrAdd(unknown, Compute);

        /// <summary>
        /// <see cref="Closest(string)"/> restricted to what a configuration can deliver: filters of
        /// <paramref name="scope"/> (null: any) and of <paramref name="phase"/> (null: either). With only
        /// a post-event URL, a pre-action suggestion gives way to its post-action counterpart
        /// (<c>onMessageSend</c> becomes <c>onMessageAdded</c>, not <c>onMessageAdd</c>, which would
        /// never fire). When nothing suggested is deliverable, the plain suggestions stand.
        /// </summary>
        public IReadOnlyList<string> Deliverable(string unknown, string? scope, FilterPhase? phase)
        {
            var closest = Closest(unknown);
            if (scope is null && phase is null)
            {
                return closest;
            }

            var candidates = new List<string>();
            foreach (var name in closest)
            {
                var filter = Find(name);
                candidates.Add(name);
                if (phase == FilterPhase.Post && filter?.Phase == FilterPhase.Pre && filter.Counterpart is { } post)
                {
                    candidates.Add(post);
                }
            }

            var deliverable = candidates.Distinct(StringComparer.Ordinal)
                .Where(name => Find(name) is { } f && (scope is null || f.Scopes.Contains(scope)) && (phase is null || f.Phase == phase))
                .Take(MaxSuggestions)
                .ToArray();
            return deliverable.Length == 0 ? closest : deliverable;
        }

        private FilterSpec? Find(string name) => Array.Find(_filters, f => f.Name == name);

        private IReadOnlyList<string> Compute(string unknown)
        {
            if (_filters.Length == 0)
            {
                return Array.Empty<string>();
            }

            var chat = ChatFilterNames.CounterpartOf(unknown) is { } counterpart && Find(counterpart) is not null ? counterpart : null;
            var distances = _filters.Select(f => Distance(unknown, f.Name)).ToArray();
            var best = distances.Min();
            var limit = Math.Max(3, unknown.Length / 3);
            var closest = Enumerable.Range(0, _filters.Length)
                .Where(i => distances[i] <= best + 1 && distances[i] <= limit)
                .OrderBy(i => distances[i])
                .Select(i => _filters[i].Name);
            return (chat is null ? closest : new[] { chat }.Concat(closest.Where(name => name != chat)))
                .Take(MaxSuggestions)
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
