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

            var order = ArrayPool<int>.Shared.Rent(count);
            try
            {
                for (var i = 0; i < count; i++)
                {
                    order[i] = i;
                }

                HeapSort(order.AsSpan(0, count), new PairOrder(parameters));
                var written = 0;
                for (var i = 0; i < count; i++)
                {
                    var pair = parameters[order[i]];
                    if (i > 0 && new PairOrder(parameters).Compare(order[i - 1], order[i]) == 0)
                    {
                        // The same name with the same value again: signed once.
                        continue;
                    }

                    written += Utf8.Write(pair.Key, 0, pair.Key.Length, buffer, at + written);
                    written += Utf8.Write(pair.Value, 0, pair.Value.Length, buffer, at + written);
                }

                return written;
            }
            finally
            {
                ArrayPool<int>.Shared.Return(order);
            }
        }

        /// <summary>
        /// Sorts in place without allocating: <c>Span.Sort</c> boxes its comparer and wraps it in a delegate
        /// (88 bytes a call), and a heap sort stays O(n log n) on a body of thousands of parameters.
        /// </summary>
        private static void HeapSort(Span<int> items, PairOrder order)
        {
            for (var i = (items.Length / 2) - 1; i >= 0; i--)
            {
                SiftDown(items, i, items.Length, order);
            }

            for (var end = items.Length - 1; end > 0; end--)
            {
                (items[0], items[end]) = (items[end], items[0]);
                SiftDown(items, 0, end, order);
            }
        }

        private static void SiftDown(Span<int> items, int root, int end, PairOrder order)
        {
            while (true)
            {
                var child = (2 * root) + 1;
                if (child >= end)
                {
                    return;
                }

                if (child + 1 < end && order.Compare(items[child], items[child + 1]) < 0)
                {
                    child++;
                }

                if (order.Compare(items[root], items[child]) >= 0)
                {
                    return;
                }

                (items[root], items[child]) = (items[child], items[root]);
                root = child;
            }
        }

        /// <summary>Orders pair indices by name, then value (both ordinal).</summary>
        private readonly struct PairOrder
        {
            private readonly IReadOnlyList<KeyValuePair<string, string>> _pairs;

            public PairOrder(IReadOnlyList<KeyValuePair<string, string>> pairs) => _pairs = pairs;

            public int Compare(int x, int y)
            {
                var a = _pairs[x];
                var b = _pairs[y];
                var byName = string.CompareOrdinal(a.Key, b.Key);
                return byName != 0 ? byName : string.CompareOrdinal(a.Value, b.Value);
            }
        }
    }
}
