using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;

namespace ConversationHooks.Internal
{
    /// <summary>
    /// Walks the pairs of a form body without allocating for names or for values that need no
    /// decoding, and reads typed values into the slots generated events declare. A value that cannot
    /// be read (malformed, or given twice) leaves its slot as it was and is kept in
    /// <see cref="UnreadParameters"/>; the walk goes on, because Twilio's traffic drifts from its docs
    /// and one odd value must not lose the event. What stops the walk, or the event, is kept in
    /// <see cref="Error"/>: a malformed escape, or a parameter the event cannot be built without.
    /// Generated code never sees an exception.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ref struct WebhookFormCursor
    {
        private const int StackDecodeLength = 128;
        private static readonly string[] IsoDateTimeFormats = { "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK" };

        private readonly string _body;
        private readonly bool _validate;
        private int _next;
        private int _nameStart;
        private int _nameLength;
        private int _valueStart;
        private int _valueLength;
        private string? _decodedName;
        private string? _decodedValue;
        private List<UnreadParameter>? _unread;

        /// <param name="body">The encoded form.</param>
        /// <param name="validate">Whether to check every escape; a <see cref="WebhookForm"/> has been checked once already.</param>
        internal WebhookFormCursor(string body, bool validate)
        {
            _body = body;
            _validate = validate;
            _next = 0;
            _nameStart = _nameLength = _valueStart = _valueLength = 0;
            _decodedName = _decodedValue = null;
            _unread = null;
            Error = null;
        }

        /// <summary>What makes the form or the event unreadable, naming the parameter; null while there is nothing.</summary>
        public string? Error { get; private set; }

        /// <summary>The parameters whose values could not be read so far, in the order met; empty when there are none.</summary>
        public IReadOnlyList<UnreadParameter> UnreadParameters => (IReadOnlyList<UnreadParameter>?)_unread ?? Array.Empty<UnreadParameter>();

        /// <summary>The current pair's decoded name.</summary>
        public ReadOnlySpan<char> Name => _decodedName is not null ? _decodedName.AsSpan() : _body.AsSpan(_nameStart, _nameLength);

        /// <summary>The current pair's decoded value.</summary>
        public ReadOnlySpan<char> Text => NeedsDecoding(EncodedValue) ? Value.AsSpan() : EncodedValue;

        /// <summary>The current pair's decoded value as a string.</summary>
        public string Value => _decodedValue ??= FormEncoding.Decode(EncodedValue, _valueStart);

        private ReadOnlySpan<char> EncodedValue => _body.AsSpan(_valueStart, _valueLength);

        /// <summary>
        /// Moves to the next pair; false at the end or once a problem is found. When validating, every
        /// escape is checked here, so a value that is never read is still known to be well formed.
        /// </summary>
        public bool MoveNext()
        {
            while (Error is null && _next <= _body.Length)
            {
                var start = _next;
                var end = _body.IndexOf('&', start);
                end = end < 0 ? _body.Length : end;
                _next = end + 1;
                if (end == start)
                {
                    continue;
                }

                var equals = _body.IndexOf('=', start, end - start);
                _nameStart = start;
                _nameLength = (equals < 0 ? end : equals) - start;
                _valueStart = equals < 0 ? end : equals + 1;
                _valueLength = end - _valueStart;
                _decodedName = null;
                _decodedValue = null;
                if (_validate && FormEncoding.IndexOfLoneSurrogate(_body.AsSpan(start, end - start)) is var lone and >= 0)
                {
                    // No text: kept, it would be written back as U+FFFD, a different value (FormEncoding.Decode refuses it too).
                    Error = $"A lone UTF-16 surrogate at offset {start + lone} is not text.";
                    return false;
                }

                var name = _body.AsSpan(_nameStart, _nameLength);
                if (NeedsDecoding(name))
                {
                    _decodedName = TryDecode(name, _nameStart, keep: true);
                }

                if (_validate && Error is null && NeedsDecoding(EncodedValue))
                {
                    // Checked now, decoded (again) only if it is read: most escaped values are never needed as strings.
                    TryDecode(EncodedValue, _valueStart, keep: false);
                }

                return Error is null;
            }

            return false;
        }

        /// <summary>Records that the current value cannot be read: <paramref name="problem"/> says why. Its slot stays as it was.</summary>
        public void Fail(string problem) => (_unread ??= new List<UnreadParameter>()).Add(new UnreadParameter(Name.ToString(), problem));

        /// <summary>True when the current value may be read into a slot; a slot already set means the parameter came twice, and the first value is kept.</summary>
        public bool TryTake(bool alreadySet)
        {
            if (alreadySet)
            {
                Fail("given more than once, but it takes a single value; the first is kept.");
            }

            return !alreadySet;
        }

        /// <summary>
        /// Records that <paramref name="eventType"/> cannot be built without <paramref name="name"/> (a
        /// parameter that identifies it): missing, or present but unreadable, which the error says.
        /// </summary>
        public void Require(bool present, string name, string eventType)
        {
            if (present || Error is not null)
            {
                return;
            }

            var unread = FindUnread(name);
            Error = unread is null
                ? $"{eventType} requires '{name}', but the form does not have it."
                : $"{eventType} requires '{name}': {unread.Problem}";
        }

        /// <summary>
        /// What keeps the event from being returned in <paramref name="mode"/>: <see cref="Error"/>, or in
        /// <see cref="WebhookReadMode.Strict"/> the first parameter that could not be read.
        /// </summary>
        public string? ErrorIn(WebhookReadMode mode)
            => Error ?? (mode == WebhookReadMode.Strict && _unread is { Count: > 0 } unread ? unread[0].ToString() : null);

        private UnreadParameter? FindUnread(string name)
        {
            if (_unread is not null)
            {
                foreach (var parameter in _unread)
                {
                    if (parameter.Name == name)
                    {
                        return parameter;
                    }
                }
            }

            return null;
        }

        /// <summary>Reads a text value.</summary>
        public void Read(ref string? slot)
        {
            if (TryTake(slot is not null))
            {
                slot = Value;
            }
        }

        /// <summary>Adds a value of a parameter that may repeat (a group MMS's <c>MessagingBinding.Address</c>).</summary>
        public void Read(ref List<string>? slot) => (slot ??= new List<string>()).Add(Value);

        /// <summary>Reads an integer (invariant culture, an optional leading sign).</summary>
        public void Read(ref int? slot)
        {
            if (!TryTake(slot.HasValue))
            {
                return;
            }

#if NET8_0_OR_GREATER
            var parsed = int.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value);
#else
            var parsed = int.TryParse(Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value);
#endif
            if (parsed)
            {
                slot = value;
            }
            else
            {
                Fail($"'{Value}' is not an integer.");
            }
        }

        /// <summary>Reads <c>true</c> or <c>false</c>, exactly (what Twilio sends).</summary>
        public void Read(ref bool? slot)
        {
            if (!TryTake(slot.HasValue))
            {
                return;
            }

            var text = Text;
            if (text.SequenceEqual("true".AsSpan()) || text.SequenceEqual("false".AsSpan()))
            {
                slot = text.Length == 4;
            }
            else
            {
                Fail($"'{Value}' is not true or false.");
            }
        }

        /// <summary>Reads an ISO 8601 date and time (<c>2026-01-05T10:00:00Z</c>; without an offset it is UTC).</summary>
        public void Read(ref DateTimeOffset? slot)
        {
            if (!TryTake(slot.HasValue))
            {
                return;
            }

#if NET8_0_OR_GREATER
            // Dates arrive with escaped colons (10%3A00%3A00): decoded on the stack, not into a string.
            Span<char> decoded = stackalloc char[StackDecodeLength];
            var encoded = EncodedValue;
            var text = encoded.Length <= StackDecodeLength && FormEncoding.TryDecode(encoded, decoded, _valueStart, out var length, out _)
                ? decoded.Slice(0, length)
                : Text;
            var parsed = TryParseUtcSeconds(text, out var value) || DateTimeOffset.TryParseExact(text, IsoDateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
#else
            var parsed = TryParseUtcSeconds(Value.AsSpan(), out var value) || DateTimeOffset.TryParseExact(Value, IsoDateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
#endif
            if (parsed)
            {
                slot = value;
            }
            else
            {
                Fail($"'{Value}' is not an ISO 8601 date and time.");
            }
        }

        /// <summary>Reads JSON text (<c>Attributes</c>), checking that it is one well-formed JSON value.</summary>
        public void Read(ref JsonText? slot)
        {
            if (!TryTake(slot.HasValue))
            {
                return;
            }

            if (JsonText.TryParse(Value, out var json, out var problem))
            {
                slot = json;
            }
            else
            {
                Fail(problem!);
            }
        }

        /// <summary>Reads <c>Media</c>: a JSON array of objects in a string.</summary>
        public void Read(ref IReadOnlyList<MediaItem>? slot)
        {
            if (!TryTake(slot is not null))
            {
                return;
            }

            if (MediaItem.TryParseList(Value, out var items, out var problem))
            {
                slot = items;
            }
            else
            {
                Fail(problem!);
            }
        }

        /// <summary>
        /// What Twilio sends (<c>2021-08-10T18:34:58.111Z</c>; the docs show <c>2026-03-01T10:15:30Z</c>)
        /// read by hand: UTC, with up to seven digits of a fraction of a second or none. The general
        /// ISO 8601 parser costs more than the rest of a typical event. Anything else takes the general path.
        /// </summary>
        private static bool TryParseUtcSeconds(ReadOnlySpan<char> text, out DateTimeOffset value)
        {
            const int SecondsLength = 19;
            const int MaxFractionDigits = 7;
            value = default;
            var fractionDigits = text.Length - SecondsLength - 2;
            if (text.Length < SecondsLength + 1 || text[text.Length - 1] != 'Z' || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':'
                || (text.Length > SecondsLength + 1 && (text[SecondsLength] != '.' || fractionDigits < 1 || fractionDigits > MaxFractionDigits)))
            {
                return false;
            }

            var year = Digits(text, 0, 4);
            var month = Digits(text, 5, 2);
            var day = Digits(text, 8, 2);
            var hour = Digits(text, 11, 2);
            var minute = Digits(text, 14, 2);
            var second = Digits(text, 17, 2);
            var fraction = fractionDigits > 0 ? Digits(text, SecondsLength + 1, fractionDigits) : 0;
            if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59 || fraction < 0)
            {
                return false;
            }

            for (var i = fractionDigits; i < MaxFractionDigits; i++)
            {
                fraction *= 10;
            }

            value = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero).AddTicks(fraction);
            return true;
        }

        /// <summary>The number in <paramref name="count"/> decimal digits at <paramref name="start"/>; -1 when one is not a digit.</summary>
        private static int Digits(ReadOnlySpan<char> text, int start, int count)
        {
            var number = 0;
            for (var i = start; i < start + count; i++)
            {
                var digit = text[i] - '0';
                if (digit < 0 || digit > 9)
                {
                    return -1;
                }

                number = (number * 10) + digit;
            }

            return number;
        }

        private static bool NeedsDecoding(ReadOnlySpan<char> encoded) => encoded.IndexOfAny('%', '+') >= 0;

        /// <summary>Decodes into a scratch buffer, recording a malformed escape; the string only when <paramref name="keep"/>.</summary>
        private string? TryDecode(ReadOnlySpan<char> encoded, int offset, bool keep)
        {
            char[]? rented = null;
            var buffer = encoded.Length <= StackDecodeLength
                ? stackalloc char[StackDecodeLength]
                : (rented = ArrayPool<char>.Shared.Rent(encoded.Length));
            try
            {
                if (FormEncoding.TryDecode(encoded, buffer, offset, out var written, out var problem))
                {
                    return keep ? buffer.Slice(0, written).ToString() : null;
                }

                Error = problem;
                return null;
            }
            finally
            {
                if (rented is not null)
                {
                    ArrayPool<char>.Shared.Return(rented);
                }
            }
        }
    }
}
