using System;
using System.Buffers;
using System.Text;

namespace ConversationHooks
{
    /// <summary>
    /// Percent-encoding of <c>application/x-www-form-urlencoded</c> values, byte-identical to
    /// <see cref="System.Net.WebUtility.UrlEncode(string)"/> (what the Twilio SDK sends): UTF-8,
    /// space as <c>+</c>, upper-case hex, and <c>A-Z a-z 0-9 - _ . ! * ( )</c> left as they are.
    /// </summary>
    public static class FormEncoding
    {
        private const string HexDigits = "0123456789ABCDEF";
        private const string UnreservedChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!*()";

#if NET8_0_OR_GREATER
        private static readonly SearchValues<char> Unreserved = SearchValues.Create(UnreservedChars);
#endif

        /// <summary>The number of characters <paramref name="value"/> takes once encoded.</summary>
        public static int GetEncodedLength(ReadOnlySpan<char> value)
        {
            var safe = SafePrefixLength(value);
            var length = safe;
            for (var i = safe; i < value.Length; i++)
            {
                var c = value[i];
                if (c < 0x80)
                {
                    length += AsciiKinds[c] == Escape ? 3 : 1;
                }
                else if (c < 0x800)
                {
                    length += 6;
                }
                else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    length += 12;
                    i++;
                }
                else
                {
                    // Three UTF-8 bytes; a lone surrogate becomes U+FFFD (also three), as in Encoding.UTF8.
                    length += 9;
                }
            }

            return length;
        }

        /// <summary>
        /// Encodes <paramref name="value"/> into <paramref name="destination"/>. Returns false, having
        /// written an unspecified prefix, when the destination is too short.
        /// </summary>
        public static bool TryEncode(ReadOnlySpan<char> value, Span<char> destination, out int charsWritten)
        {
            charsWritten = 0;
            var run = SafePrefixLength(value);
            if (run == value.Length)
            {
                // The common case (every name, most values): one scan, one copy.
                if (!value.TryCopyTo(destination))
                {
                    return false;
                }

                charsWritten = run;
                return true;
            }

            // Alternate between a run of characters written as they are (found by one scan, vectorized
            // on .NET 8, and copied at once) and a run of characters that need escaping.
            var written = 0;
            var i = 0;
            while (true)
            {
                if (run > destination.Length - written)
                {
                    return false;
                }

                value.Slice(i, run).CopyTo(destination.Slice(written));
                written += run;
                i += run;

                for (; i < value.Length; i++)
                {
                    var c = value[i];
                    if (c < 0x80)
                    {
                        var kind = AsciiKinds[c];
                        if (kind == Copy)
                        {
                            break;
                        }

                        if (kind == Space)
                        {
                            if (written >= destination.Length)
                            {
                                return false;
                            }

                            destination[written++] = '+';
                            continue;
                        }

                        if (written > destination.Length - 3)
                        {
                            return false;
                        }

                        WriteEscape(c, destination, ref written);
                        continue;
                    }

                    int codePoint = c;
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        codePoint = char.ConvertToUtf32(c, value[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        codePoint = 0xFFFD;
                    }

                    if (!TryWriteEscapedUtf8(codePoint, destination, ref written))
                    {
                        return false;
                    }
                }

                if (i >= value.Length)
                {
                    charsWritten = written;
                    return true;
                }

                run = SafePrefixLength(value.Slice(i));
            }
        }

        /// <summary>Encodes <paramref name="value"/>; the same result as <c>WebUtility.UrlEncode</c>.</summary>
        public static string Encode(string value)
        {
            if (value is null)
            {
                throw new ArgumentNullException(nameof(value));
            }

            if (SafePrefixLength(value.AsSpan()) == value.Length)
            {
                return value;
            }

            var length = GetEncodedLength(value.AsSpan());
            var buffer = ArrayPool<char>.Shared.Rent(length);
            try
            {
                TryEncode(value.AsSpan(), buffer, out var written);
                return new string(buffer, 0, written);
            }
            finally
            {
                ArrayPool<char>.Shared.Return(buffer);
            }
        }

        /// <summary>
        /// Decodes one encoded name or value: <c>+</c> is a space, <c>%XX</c> a UTF-8 byte.
        /// </summary>
        /// <param name="encoded">The encoded text.</param>
        /// <param name="offset">Where <paramref name="encoded"/> starts in the whole body, for error messages.</param>
        /// <exception cref="FormatException">A malformed escape, invalid UTF-8 or a lone surrogate, naming its offset.</exception>
        public static string Decode(ReadOnlySpan<char> encoded, int offset = 0)
        {
            // A lone surrogate is no text: kept, it would be written back as U+FFFD, a different value.
            var lone = IndexOfLoneSurrogate(encoded);
            if (lone >= 0)
            {
                throw new FormatException($"A lone UTF-16 surrogate at offset {offset + lone} is not text.");
            }

            if (encoded.IndexOf('%') < 0 && encoded.IndexOf('+') < 0)
            {
                return encoded.ToString();
            }

            char[]? rented = null;
            var chars = encoded.Length <= StackDecodeLength ? stackalloc char[StackDecodeLength] : (rented = ArrayPool<char>.Shared.Rent(encoded.Length));
            try
            {
                return TryDecode(encoded, chars, offset, out var written, out var error)
                    ? chars.Slice(0, written).ToString()
                    : throw new FormatException(error);
            }
            finally
            {
                if (rented is not null)
                {
                    ArrayPool<char>.Shared.Return(rented);
                }
            }
        }

        private const int StackDecodeLength = 256;

        /// <summary>
        /// Decodes into <paramref name="destination"/> (never longer than <paramref name="encoded"/>)
        /// without throwing: on failure <paramref name="error"/> says what is malformed and where.
        /// </summary>
        internal static bool TryDecode(ReadOnlySpan<char> encoded, Span<char> destination, int offset, out int charsWritten, out string? error)
        {
            error = null;
            return TryDecodeAscii(encoded, destination, out charsWritten) || TryDecodeUtf8(encoded, destination, offset, out charsWritten, out error);
        }

        /// <summary>
        /// The common case (escaped colons, braces, '@', '+'): every escape an ASCII byte, written
        /// straight into <paramref name="destination"/>. False for anything else, which the UTF-8 path
        /// decodes or reports.
        /// </summary>
        private static bool TryDecodeAscii(ReadOnlySpan<char> encoded, Span<char> destination, out int charsWritten)
        {
            charsWritten = 0;
            for (var i = 0; i < encoded.Length; i++)
            {
                var c = encoded[i];
                if (c == '+')
                {
                    c = ' ';
                }
                else if (c == '%')
                {
                    if (i + 2 >= encoded.Length)
                    {
                        return false;
                    }

                    var high = HexValue(encoded[i + 1]);
                    var low = HexValue(encoded[i + 2]);
                    if (high < 0 || high > 7 || low < 0)
                    {
                        return false;
                    }

                    c = (char)((high << 4) | low);
                    i += 2;
                }
                else if (c >= 0x80)
                {
                    return false;
                }

                destination[charsWritten++] = c;
            }

            return true;
        }

        private static bool TryDecodeUtf8(ReadOnlySpan<char> encoded, Span<char> destination, int offset, out int charsWritten, out string? error)
{
            charsWritten = 0;
            error = null;
            var bytes = ArrayPool<byte>.Shared.Rent(encoded.Length * 3);
            try
            {
                var count = 0;
                Span<byte> utf8 = stackalloc byte[4];
                for (var i = 0; i < encoded.Length; i++)
                {
                    var c = encoded[i];
                    if (c == '+')
                    {
                        bytes[count++] = (byte)' ';
                    }
                    else if (c == '%')
                    {
                        if (i + 2 >= encoded.Length)
                        {
                            error = $"Malformed percent-escape at offset {offset + i}: '%' must be followed by two hex digits.";
                            return false;
                        }

                        var high = HexValue(encoded[i + 1]);
                        var low = HexValue(encoded[i + 2]);
                        if (high < 0 || low < 0)
                        {
                            error = $"Malformed percent-escape '%{encoded[i + 1]}{encoded[i + 2]}' at offset {offset + i}: expected two hex digits.";
                            return false;
                        }

                        bytes[count++] = (byte)((high << 4) | low);
                        i += 2;
                    }
                    else if (c < 0x80)
                    {
                        bytes[count++] = (byte)c;
                    }
                    else
                    {
                        var n = GetUtf8(encoded, ref i, utf8);
                        utf8.Slice(0, n).CopyTo(bytes.AsSpan(count));
                        count += n;
                    }
                }

                if (TryGetUtf16(bytes, count, destination, out charsWritten))
                {
                    return true;
                }

                error = $"The percent-escapes of the text at offset {offset} are not valid UTF-8.";
                return false;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }

        private static bool TryGetUtf16(byte[] utf8, int count, Span<char> destination, out int charsWritten)
        {
#if NET8_0_OR_GREATER
            return System.Text.Unicode.Utf8.ToUtf16(utf8.AsSpan(0, count), destination, out _, out charsWritten, replaceInvalidSequences: false) == OperationStatus.Done;
#else
            // netstandard2.0 has no non-throwing strict decoder; invalid UTF-8 is rare (a malformed request).
            var chars = ArrayPool<char>.Shared.Rent(count);
            try
            {
                charsWritten = StrictUtf8.GetChars(utf8, 0, count, chars, 0);
                chars.AsSpan(0, charsWritten).CopyTo(destination);
                return true;
            }
            catch (DecoderFallbackException)
            {
                charsWritten = 0;
                return false;
            }
            finally
            {
                ArrayPool<char>.Shared.Return(chars);
            }
#endif
        }

        private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        private const byte Copy = 0;
        private const byte Space = 1;
        private const byte Escape = 2;

        /// <summary>For each ASCII character: copied as it is, a space (written '+'), or percent-escaped.</summary>
        private static ReadOnlySpan<byte> AsciiKinds => new byte[128]
        {
            2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
            //    !  "  #  $  %  &  '  (  )  *  +  ,  -  .  /  0  1  2  3  4  5  6  7  8  9  :  ;  <  =  >  ?
            1, 0, 2, 2, 2, 2, 2, 2, 0, 0, 0, 2, 2, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2,
            // @ A-Z [  \  ]  ^  _
            2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 0,
            // ` a-z {  |  }  ~  DEL
            2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2,
        };

        /// <summary>Writes the UTF-8 bytes of a non-ASCII code point as %XX escapes.</summary>
        private static bool TryWriteEscapedUtf8(int codePoint, Span<char> destination, ref int written)
        {
            var count = codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (written > destination.Length - (3 * count))
            {
                return false;
            }

            var lead = count switch
            {
                2 => 0xC0 | (codePoint >> 6),
                3 => 0xE0 | (codePoint >> 12),
                _ => 0xF0 | (codePoint >> 18),
            };
            WriteEscape(lead, destination, ref written);
            for (var shift = 6 * (count - 2); shift >= 0; shift -= 6)
            {
                WriteEscape(0x80 | ((codePoint >> shift) & 0x3F), destination, ref written);
            }

            return true;
        }

        private static void WriteEscape(int value, Span<char> destination, ref int written)
        {
            destination[written] = '%';
            destination[written + 1] = HexDigits[value >> 4];
            destination[written + 2] = HexDigits[value & 0xF];
            written += 3;
        }

        /// <summary>How many leading characters of <paramref name="value"/> are written as they are.</summary>
        private static int SafePrefixLength(ReadOnlySpan<char> value)
        {
#if NET8_0_OR_GREATER
            var index = value.IndexOfAnyExcept(Unreserved);
            return index < 0 ? value.Length : index;
#else
            for (var i = 0; i < value.Length; i++)
            {
                if (value[i] >= 0x80 || AsciiKinds[value[i]] != Copy)
                {
                    return i;
                }
            }

            return value.Length;
#endif
        }

        private static int HexValue(char c)
            => c >= '0' && c <= '9' ? c - '0'
             : c >= 'A' && c <= 'F' ? c - 'A' + 10
             : c >= 'a' && c <= 'f' ? c - 'a' + 10
             : -1;

        internal static int IndexOfLoneSurrogate(ReadOnlySpan<char> text)
        {
#if NET8_0_OR_GREATER
            var start = text.IndexOfAnyInRange('\uD800', '\uDFFF');
            if (start < 0)
            {
                return -1;
            }
#else
            var start = 0;
#endif
            for (var i = start; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(text[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>UTF-8 bytes of the character at <paramref name="i"/> (advancing past a surrogate pair; lone ones are rejected before).</summary>
        private static int GetUtf8(ReadOnlySpan<char> text, ref int i, Span<byte> utf8)
        {
            int codePoint = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            if (codePoint < 0x80)
            {
                utf8[0] = (byte)codePoint;
                return 1;
            }

            if (codePoint < 0x800)
            {
                utf8[0] = (byte)(0xC0 | (codePoint >> 6));
                utf8[1] = (byte)(0x80 | (codePoint & 0x3F));
                return 2;
            }

            if (codePoint < 0x10000)
            {
                utf8[0] = (byte)(0xE0 | (codePoint >> 12));
                utf8[1] = (byte)(0x80 | ((codePoint >> 6) & 0x3F));
                utf8[2] = (byte)(0x80 | (codePoint & 0x3F));
                return 3;
            }

            utf8[0] = (byte)(0xF0 | (codePoint >> 18));
            utf8[1] = (byte)(0x80 | ((codePoint >> 12) & 0x3F));
            utf8[2] = (byte)(0x80 | ((codePoint >> 6) & 0x3F));
            utf8[3] = (byte)(0x80 | (codePoint & 0x3F));
            return 4;
        }
    }
}
