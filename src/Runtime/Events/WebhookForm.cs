using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;
using ConversationHooks.Internal;

namespace ConversationHooks
{
    /// <summary>
    /// The raw parameters of one webhook request, exactly as they arrived: every pair, in order,
    /// repeated keys included. Typed events keep theirs here, so a parameter the spec does not know
    /// is never lost.
    /// </summary>
    /// <remarks>
    /// The encoded text is kept and checked once (every escape is valid UTF-8); pairs are decoded
    /// when they are read, so parsing an event costs no string per parameter name.
    /// </remarks>
    public sealed class WebhookForm : IReadOnlyList<KeyValuePair<string, string>>
    {
        private readonly string _body;
        private readonly int _count;
        private KeyValuePair<string, string>[]? _pairs;

        private WebhookForm(string body, int count)
        {
            _body = body;
            _count = count;
        }

        /// <summary>The number of pairs.</summary>
        public int Count => _count;

        /// <summary>The pair at <paramref name="index"/>, decoded.</summary>
        public KeyValuePair<string, string> this[int index] => Pairs[index];

        /// <summary>Reads a form body (<c>application/x-www-form-urlencoded</c>, what a POST carries).</summary>
        /// <exception cref="FormatException">A malformed percent-escape or invalid UTF-8, naming its offset.</exception>
        public static WebhookForm Parse(string body)
            => TryParse(body, out var form, out var error) ? form! : throw new FormatException(error);

        /// <summary>Reads a form body; on failure <paramref name="error"/> says what is malformed and where.</summary>
        public static bool TryParse(string body, out WebhookForm? form, out string? error)
        {
            if (body is null)
            {
                throw new ArgumentNullException(nameof(body));
            }

            return TryRead(body, out form, out error);
        }

        /// <summary>Reads a query string (what a GET carries), with or without its leading <c>?</c>.</summary>
        /// <exception cref="FormatException">A malformed percent-escape or invalid UTF-8, naming its offset.</exception>
        public static WebhookForm ParseQuery(string query)
            => TryParseQuery(query, out var form, out var error) ? form! : throw new FormatException(error);

        /// <summary>Reads a query string; on failure <paramref name="error"/> says what is malformed and where.</summary>
        public static bool TryParseQuery(string query, out WebhookForm? form, out string? error)
        {
            if (query is null)
            {
                throw new ArgumentNullException(nameof(query));
            }

            return TryRead(query.Length > 0 && query[0] == '?' ? query.Substring(1) : query, out form, out error);
        }

        /// <summary>
        /// The pairs a web framework hands over (decoded names and values, in order). Their form body is
        /// written as the Twilio SDK encodes (<see cref="FormEncoding"/>).
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="pairs"/>, a name or a value is null.</exception>
        public static WebhookForm FromPairs(IEnumerable<KeyValuePair<string, string>> pairs)
        {
            if (pairs is null)
            {
                throw new ArgumentNullException(nameof(pairs));
            }

            var list = new List<KeyValuePair<string, string>>(pairs);
            var body = FormWriter.ToFormBody(new PairContent(list));
            return new WebhookForm(body, list.Count) { _pairs = list.ToArray() };
        }

        /// <summary>The form body these pairs came in, character for character.</summary>
        public string ToFormBody() => _body;

        /// <summary>The value of the first pair named <paramref name="name"/> (ordinal); null when there is none.</summary>
        public string? GetValue(string name)
        {
            foreach (var pair in Pairs)
            {
                if (string.Equals(pair.Key, name, StringComparison.Ordinal))
                {
                    return pair.Value;
                }
            }

            return null;
        }

        /// <summary>Every value named <paramref name="name"/> (ordinal), in order.</summary>
        public IReadOnlyList<string> GetValues(string name)
        {
            var values = new List<string>();
            foreach (var pair in Pairs)
            {
                if (string.Equals(pair.Key, name, StringComparison.Ordinal))
                {
                    values.Add(pair.Value);
                }
            }

            return values;
        }

        /// <inheritdoc/>
        public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)Pairs).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>The form body.</summary>
        public override string ToString() => _body;

        /// <summary>Reads the pairs one by one without decoding their names: what generated events parse with.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public WebhookFormCursor GetCursor() => new(_body, validate: false);

        /// <summary>The (decoded) value of the first pair named <paramref name="name"/>, without allocating when it needs no decoding.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public bool TryFindValue(string name, out ReadOnlySpan<char> value)
        {
            var cursor = GetCursor();
            while (cursor.MoveNext())
            {
                if (cursor.Name.SequenceEqual(name.AsSpan()))
                {
                    value = cursor.Text;
                    return true;
                }
            }

            value = default;
            return false;
        }

        private KeyValuePair<string, string>[] Pairs
        {
            get
            {
                // Decoded on first use; a race decodes twice and keeps one, equal, copy.
                var pairs = Volatile.Read(ref _pairs);
                if (pairs is null)
                {
                    pairs = new KeyValuePair<string, string>[_count];
                    var cursor = GetCursor();
                    for (var i = 0; cursor.MoveNext(); i++)
                    {
                        pairs[i] = new KeyValuePair<string, string>(cursor.Name.ToString(), cursor.Text.ToString());
                    }

                    Volatile.Write(ref _pairs, pairs);
                }

                return pairs;
            }
        }

        private static bool TryRead(string body, out WebhookForm? form, out string? error)
        {
            var cursor = new WebhookFormCursor(body, validate: true);
            var count = 0;
            while (cursor.MoveNext())
            {
                count++;
            }

            form = cursor.Error is null ? new WebhookForm(body, count) : null;
            error = cursor.Error;
            return form is not null;
        }

        private readonly struct PairContent : IFormContent
        {
            private readonly List<KeyValuePair<string, string>> _pairs;

            public PairContent(List<KeyValuePair<string, string>> pairs) => _pairs = pairs;

            public void WriteForm(ref FormWriter writer)
            {
                foreach (var pair in _pairs)
                {
                    writer.Add(pair.Key, pair.Value);
                }
            }
        }
    }
}
