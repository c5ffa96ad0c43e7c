using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;

namespace ConversationHooks.Internal
{
    /// <summary>The list properties of generated types: copies nobody else can change.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class ReadOnlyLists
    {
        /// <summary>
        /// A copy of <paramref name="items"/> that neither the caller, who may still hold and change the
        /// original, nor a cast to <see cref="IList{T}"/> can change.
        /// </summary>
        public static IReadOnlyList<T> CopyOf<T>(IReadOnlyList<T> items)
        {
            if (items is null)
            {
                throw new ArgumentNullException(nameof(items));
            }

            if (items.Count == 0)
            {
                return Empty<T>.List;
            }

            var copy = new T[items.Count];
            for (var i = 0; i < copy.Length; i++)
            {
                copy[i] = items[i];
            }

            return new ReadOnlyCollection<T>(copy);
        }

        private static class Empty<T>
        {
            public static readonly ReadOnlyCollection<T> List = new(Array.Empty<T>());
        }
    }
}
