using System;
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

            var pairLength = (_length > 0 ? 1 : 0) + FormEncoding.GetEncodedLength(name.AsSpan()) + 1 + FormEncoding.GetEncodedLength(value.AsSpan());
            if (!_overflowed && _length + pairLength <= _destination.Length)
            {
                var span = _destination.Slice(_length);
                var at = 0;
                if (_length > 0)
                {
                    span[at++] = '&';
                }

                FormEncoding.TryEncode(name.AsSpan(), span.Slice(at), out var written);
                at += written;
                span[at++] = '=';
                FormEncoding.TryEncode(value.AsSpan(), span.Slice(at), out written);
            }
            else
            {
                _overflowed = true;
            }

            _length += pairLength;
        }

        /// <summary>The form body of <paramref name="content"/>: exactly one allocation, the string.</summary>
        public static string ToFormBody<T>(T content)
            where T : IFormContent
        {
            var measure = new FormWriter(Span<char>.Empty);
            content.WriteForm(ref measure);
            if (measure.Length == 0)
            {
                return string.Empty;
            }
#if NET
            return string.Create(measure.Length, content, static (span, state) =>
            {
                var writer = new FormWriter(span);
                state.WriteForm(ref writer);
            });
#else
            var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(measure.Length);
            try
            {
                var writer = new FormWriter(buffer);
                content.WriteForm(ref writer);
                return new string(buffer, 0, writer.Length);
            }
            finally
            {
                System.Buffers.ArrayPool<char>.Shared.Return(buffer);
            }
#endif
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
