using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace ConversationHooks.Tool.Commands
{
    /// <summary>
    /// <c>--set Name=value</c> and <c>--unset Name</c> applied to a sample form: a set name's pairs are replaced by its
    /// values where the first of them stood (several <c>--set</c> of one name give a repeated key), a new name's pairs
    /// go at the end; an unset name's pairs are removed. Every other pair stays as it was.
    /// </summary>
    internal sealed class FormEdits
    {
        private readonly List<KeyValuePair<string, string>> _sets;
        private readonly HashSet<string> _unsets;

        private FormEdits(List<KeyValuePair<string, string>> sets, HashSet<string> unsets)
        {
            _sets = sets;
            _unsets = unsets;
        }

        public static bool TryCreate(IEnumerable<string> sets, IEnumerable<string> unsets, [NotNullWhen(true)] out FormEdits? edits, [NotNullWhen(false)] out string? error)
        {
            edits = null;
            var pairs = new List<KeyValuePair<string, string>>();
            foreach (var set in sets)
            {
                var equals = set.IndexOf('=');
                if (equals <= 0)
                {
                    error = $"--set '{set}': give Name=value (an empty value is Name=).";
                    return false;
                }

                pairs.Add(new KeyValuePair<string, string>(set.Substring(0, equals), set.Substring(equals + 1)));
            }

            var removed = new HashSet<string>(unsets, StringComparer.Ordinal);
            if (pairs.FirstOrDefault(p => removed.Contains(p.Key)) is { Key: not null } both)
            {
                error = $"'{both.Key}' is both set and unset.";
                return false;
            }

            edits = new FormEdits(pairs, removed);
            error = null;
            return true;
        }

        public WebhookForm ApplyTo(WebhookForm form)
        {
            var result = new List<KeyValuePair<string, string>>();
            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (var pair in form)
            {
                if (_unsets.Contains(pair.Key))
                {
                    continue;
                }

                if (!IsSet(pair.Key))
                {
                    result.Add(pair);
                }
                else if (written.Add(pair.Key))
                {
                    result.AddRange(_sets.Where(s => s.Key == pair.Key));
                }
            }

            result.AddRange(_sets.Where(s => !written.Contains(s.Key)));
            return WebhookForm.FromPairs(result);
        }

        private bool IsSet(string name) => _sets.Any(s => s.Key == name);
    }
}
