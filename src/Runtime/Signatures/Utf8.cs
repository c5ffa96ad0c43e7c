using System.Text;

namespace ConversationHooks.Signatures
{
    /// <summary>UTF-8 of parts of strings, written into pooled arrays (the same calls on netstandard2.0 and .NET 8, none allocating).</summary>
    internal static class Utf8
    {
        /// <summary>How many bytes <c>text[start..start+count]</c> takes (a lone surrogate counts as U+FFFD, as <see cref="Encoding.UTF8"/> writes it).</summary>
        public static int Count(string text, int start, int count)
        {
            var bytes = count;
            var end = start + count;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (c < 0x80)
                {
                    continue;
                }

                if (c < 0x800)
                {
                    bytes += 1;
                }
                else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
                {
                    // Four bytes for the two chars.
                    bytes += 2;
                    i++;
                }
                else
                {
                    bytes += 2;
                }
            }

            return bytes;
        }

        /// <summary>Writes <c>text[start..start+count]</c> at <paramref name="at"/>; returns the bytes written.</summary>
        public static int Write(string text, int start, int count, byte[] buffer, int at)
            => count == 0 ? 0 : Encoding.UTF8.GetBytes(text, start, count, buffer, at);
    }
}
