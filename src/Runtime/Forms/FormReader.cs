using System;
using System.Collections.Generic;

namespace ConversationHooks
{
    /// <summary>Reads <c>application/x-www-form-urlencoded</c> text (a request body or a query string).</summary>
    public static class FormReader
    {
        /// <summary>
        /// Splits and decodes <paramref name="body"/> into its pairs, keeping their order and every
        /// repeated key. An empty body has no pairs; a pair without <c>=</c> has an empty value.
        /// </summary>
        /// <exception cref="FormatException">A malformed percent-escape or invalid UTF-8, naming its offset.</exception>
        public static IReadOnlyList<KeyValuePair<string, string>> Parse(string body)
        {
            if (body is null)
            {
                throw new ArgumentNullException(nameof(body));
            }

            var pairs = new List<KeyValuePair<string, string>>();
            var text = body.AsSpan();
            var start = 0;
            while (start <= text.Length)
            {
                var end = text.Slice(start).IndexOf('&');
                end = end < 0 ? text.Length : start + end;
                var pair = text.Slice(start, end - start);
                if (!pair.IsEmpty)
                {
                    var equals = pair.IndexOf('=');
                    var name = equals < 0 ? pair : pair.Slice(0, equals);
                    var value = equals < 0 ? ReadOnlySpan<char>.Empty : pair.Slice(equals + 1);
                    pairs.Add(new KeyValuePair<string, string>(
                        FormEncoding.Decode(name, start),
                        FormEncoding.Decode(value, start + equals + 1)));
                }

                start = end + 1;
            }

            return pairs;
        }
    }
}
