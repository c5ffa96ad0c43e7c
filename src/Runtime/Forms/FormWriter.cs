using System;
using System.Buffers;
using System.Collections.Generic;

namespace ConversationHooks
{
    /// <summary>
    /// Writes form parameters in Twilio's wire format (<c>name=value</c> pairs joined by <c>&amp;</c>,
    /// a list as repeated keys, in the order given). One writer measures, writes into a caller's buffer,
    /// or collects the raw pairs: generated requests describe their parameters once, through
    /// <see cref="IFormContent.WriteForm"/>, and every output is derived from it.
    /// </summary>
    public ref struct FormWriter
    {
        private const int StackBufferLength = 512;

        private readonly Span<char> _destination;
        private readonly List<KeyValuePair<string, string>>? _pairs;
        private int _length;
        private bool _overflowed;

        /// <summary>A writer into <paramref name="destination"/>; an empty span only measures.</summary>
        public FormWriter(Span<char> destination)
        {
            _destination = destination;
            _pairs = null;
            _length = 0;
            _overflowed = false;
        }

        private FormWriter(List<KeyValuePair<string, string>> pairs)
            : this(Span<char>.Empty) => _pairs = pairs;

        /// <summary>Characters the form takes so far, whether or not they fitted.</summary>
        public int Length => _length;

        /// <summary>True when the destination was too short for what was added.</summary>
        public bool Overflowed => _overflowed;

        /// <summary>Adds one parameter; call once per value for a list.</summary>
        public void Add(string name, string value)
        {
            if (name is null)
            {
                throw new ArgumentNullException(nameof(name));
            }

            if (value is null)
            {
                throw new ArgumentNullException(nameof(value));
            }

            if (_pairs is not null)
            {
                _pairs.Add(new KeyValuePair<string, string>(name, value));
                return;
            }

            // Write in one pass while it fits; once it does not, only count (the caller retries with
            // a buffer of the counted length).
            if (!_overflowed && TryWritePair(_destination.Slice(_length), _length > 0, name, value, out var written))
            {
                _length += written;
                return;
            }

            _overflowed = true;
            _length += (_length > 0 ? 1 : 0) + FormEncoding.GetEncodedLength(name.AsSpan()) + 1 + FormEncoding.GetEncodedLength(value.AsSpan());
        }

        private static bool TryWritePair(Span<char> span, bool separator, string name, string value, out int written)
        {
            written = 0;
            if (separator)
            {
                if (span.IsEmpty)
                {
                    return false;
                }

                span[written++] = '&';
            }

            if (!FormEncoding.TryEncode(name.AsSpan(), span.Slice(written), out var count))
            {
                return false;
            }

            written += count;
            if (written >= span.Length)
            {
                return false;
            }

            span[written++] = '=';
            if (!FormEncoding.TryEncode(value.AsSpan(), span.Slice(written), out count))
            {
                return false;
            }

            written += count;
            return true;
        }

        /// <summary>The form body of <paramref name="content"/>: exactly one allocation, the string.</summary>
        public static string ToFormBody<T>(T content)
            where T : IFormContent
        {
            // Most bodies fit on the stack: write once, then copy into the one string.
            Span<char> stack = stackalloc char[StackBufferLength];
            var writer = new FormWriter(stack);
            content.WriteForm(ref writer);
            if (!writer.Overflowed)
            {
                return writer.Length == 0 ? string.Empty : stack.Slice(0, writer.Length).ToString();
            }

            // Longer: the writer has counted the exact length; write again into a buffer that size.
            var buffer = ArrayPool<char>.Shared.Rent(writer.Length);
            try
            {
                var second = new FormWriter(buffer);
                content.WriteForm(ref second);
                return new string(buffer, 0, second.Length);
            }
            finally
            {
                ArrayPool<char>.Shared.Return(buffer);
            }
        }

        /// <summary>Writes the form body of <paramref name="content"/> into <paramref name="destination"/> without allocating.</summary>
        /// <returns>False, with <paramref name="charsWritten"/> 0, when the destination is too short.</returns>
        public static bool TryWriteFormBody<T>(T content, Span<char> destination, out int charsWritten)
            where T : IFormContent
        {
            var writer = new FormWriter(destination);
            content.WriteForm(ref writer);
            charsWritten = writer.Overflowed ? 0 : writer.Length;
            return !writer.Overflowed;
        }

        /// <summary>The raw (unencoded) parameters of <paramref name="content"/>, in wire order.</summary>
        public static IReadOnlyList<KeyValuePair<string, string>> ToParameters<T>(T content)
            where T : IFormContent
        {
            var pairs = new List<KeyValuePair<string, string>>();
            var writer = new FormWriter(pairs);
            content.WriteForm(ref writer);
            return pairs;
        }
    }

    /// <summary>Something that can be written as a form body: the generated request types.</summary>
    public interface IFormContent
    {
        /// <summary>Adds every parameter that is set, in wire order.</summary>
        void WriteForm(ref FormWriter writer);
    }
}
