using System;
using System.ComponentModel;
using System.Text;

namespace ConversationHooks.Internal
{
    /// <summary>Turns UTF-8 bytes (as JSON holds them) into something <typeparamref name="T"/>, without an intermediate string.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public delegate T Utf8Converter<T>(ReadOnlySpan<byte> utf8);

    /// <summary>Helpers for wire names read straight from UTF-8 (generated enums match known ones on their bytes).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class WireText
    {
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
