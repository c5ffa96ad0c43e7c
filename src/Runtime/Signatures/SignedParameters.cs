using System;
using System.Buffers;
using System.Collections.Generic;

namespace ConversationHooks.Signatures
{
    /// <summary>
    /// The form parameters as a signature covers them: sorted by name (ordinal), each name followed
    /// by its value, no separators. A name sent several times (group MMS <c>MessagingBinding.Address</c>)
    /// is written once per distinct value, values sorted ordinally: what Twilio signs and twilio-node
    /// checks (its PR #723). twilio-csharp joins such values with commas and rejects these requests.
    /// </summary>
    internal static class SignedParameters
    {
        /// <summary>At most how many UTF-8 bytes <see cref="Write"/> writes (three per UTF-16 unit is enough).</summary>
        /// <exception cref="ArgumentException">A pair with a null name or value.</exception>
        public static int MaxByteCount(IReadOnlyList<KeyValuePair<string, string>> parameters)
        {
            var chars = 0;
            for (var i = 0; i < parameters.Count; i++)
            {
                var pair = parameters[i];
                if (pair.Key is null || pair.Value is null)
                {
                    throw new ArgumentException($"The parameter at index {i} has a null {(pair.Key is null ? "name" : "value")}.", nameof(parameters));
                }

                chars += pair.Key.Length + pair.Value.Length;
            }

            return 3 * chars;
        }

        /// <summary>Writes the signed form of <paramref name="parameters"/> at <paramref name="at"/>; returns the bytes written.</summary>
        public static int Write(IReadOnlyList<KeyValuePair<string, string>> parameters, byte[] buffer, int at)
        {
            var count = parameters.Count;
            if (count == 0)
            {
                return 0;
            }

            var pairs = ArrayPool<SignedPair>.Shared.Rent(count);
            try
            {
                for (var i = 0; i < count; i++)
                {
                    pairs[i] = new SignedPair(parameters[i]);
                }

                // Sorting an IComparable<T> struct with the default comparer goes through no delegate and
                // no boxing: nothing is allocated, and it stays O(n log n) on a body of thousands of pairs.
                Array.Sort(pairs, 0, count);
                var written = 0;
                for (var i = 0; i < count; i++)
                {
                    if (i > 0 && pairs[i - 1].CompareTo(pairs[i]) == 0)
                    {
                        // The same name with the same value again: signed once.
                        continue;
                    }

                    written += Utf8.Write(pairs[i].Name, 0, pairs[i].Name.Length, buffer, at + written);
                    written += Utf8.Write(pairs[i].Value, 0, pairs[i].Value.Length, buffer, at + written);
                }

                return written;
            }
            finally
            {
                ArrayPool<SignedPair>.Shared.Return(pairs, clearArray: true);
            }
        }

        /// <summary>A pair in signing order: by name, then value (both ordinal).</summary>
        private readonly struct SignedPair : IComparable<SignedPair>
        {
            // The name's first four UTF-16 units, the first in the high bits (missing ones as 0): most
            // names differ there, so most comparisons are one integer comparison. Equal prefixes (or a
            // name with a NUL among them) fall back to the full ordinal comparison.
            private readonly ulong _prefix;

            public SignedPair(KeyValuePair<string, string> pair)
            {
                Name = pair.Key;
                Value = pair.Value;
                _prefix = 0;
                for (var i = 0; i < 4; i++)
                {
                    _prefix = (_prefix << 16) | (i < Name.Length ? Name[i] : 0u);
                }
            }

            public string Name { get; }

            public string Value { get; }

            public int CompareTo(SignedPair other)
            {
                if (_prefix != other._prefix)
                {
                    return _prefix < other._prefix ? -1 : 1;
                }

                var byName = string.CompareOrdinal(Name, other.Name);
                return byName != 0 ? byName : string.CompareOrdinal(Value, other.Value);
            }
        }
    }
}
