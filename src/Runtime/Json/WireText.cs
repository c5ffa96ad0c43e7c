using System;
using System.Text;

namespace ConversationHooks
{
    /// <summary>Turns UTF-8 bytes (as JSON holds them) into something <typeparamref name="T"/>, without an intermediate string.</summary>
    public delegate T Utf8Converter<T>(ReadOnlySpan<byte> utf8);

    /// <summary>Helpers for wire names read straight from UTF-8: generated enums parse them without allocating.</summary>
    public static class WireText
    {
        /// <summary>
        /// Copies ASCII <paramref name="utf8"/> into <paramref name="destination"/> as chars. False when it
        /// is not ASCII or does not fit (then it is no wire name a spec defines: those are ASCII).
        /// </summary>
        public static bool TryWidenAscii(ReadOnlySpan<byte> utf8, Span<char> destination, out int length)
        {
            length = 0;
            if (utf8.Length > destination.Length)
            {
                return false;
            }

            for (var i = 0; i < utf8.Length; i++)
            {
                if (utf8[i] >= 0x80)
                {
                    return false;
                }

                destination[i] = (char)utf8[i];
            }

            length = utf8.Length;
            return true;
        }

        /// <summary>The string of <paramref name="utf8"/>.</summary>
        public static string Decode(ReadOnlySpan<byte> utf8)
        {
#if NET8_0_OR_GREATER
            return Encoding.UTF8.GetString(utf8);
#else
            return Encoding.UTF8.GetString(utf8.ToArray());
#endif
        }
    }
}
