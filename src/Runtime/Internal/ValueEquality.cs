using System.Collections.Generic;
using System.ComponentModel;

namespace ConversationHooks.Internal
{
    /// <summary>Value equality for the list properties of generated types.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class ValueEquality
    {
        /// <summary>True when both are null, or both hold equal items in the same order.</summary>
        public static bool SequenceEqual<T>(IReadOnlyList<T>? left, IReadOnlyList<T>? right)
        {
            if (ReferenceEquals(left, right))
            {
                return true;
            }

            if (left is null || right is null || left.Count != right.Count)
            {
                return false;
            }

            var comparer = EqualityComparer<T>.Default;
            for (var i = 0; i < left.Count; i++)
            {
                if (!comparer.Equals(left[i], right[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Equality by <see cref="EqualityComparer{T}.Default"/>, null-safe.</summary>
        public static bool Equal<T>(T? left, T? right) => EqualityComparer<T?>.Default.Equals(left, right);

        /// <summary>The hash of <paramref name="value"/>, 0 for null.</summary>
        public static int Hash<T>(T? value) => value is null ? 0 : EqualityComparer<T>.Default.GetHashCode(value);

        /// <summary>A hash of the items in order, consistent with <see cref="SequenceEqual{T}"/>.</summary>
        public static int SequenceHash<T>(IReadOnlyList<T>? items)
        {
            if (items is null)
            {
                return 0;
            }

            var hash = 17;
            foreach (var item in items)
            {
                hash = unchecked((hash * 31) + Hash(item));
            }

            return hash;
        }
    }
}
