using System;
using System.ComponentModel;
using System.Globalization;

namespace ConversationHooks.Internal
{
    /// <summary>Turns form values (always strings on the wire) into typed values, naming the parameter on failure.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class FormValues
    {
        /// <summary>Parses an integer the way Twilio writes it (invariant culture).</summary>
        /// <exception cref="FormatException">Not an integer; the message names <paramref name="name"/>.</exception>
        public static int ParseInt32(string value, string name)
            => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
                ? result
                : throw new FormatException($"'{name}': '{value}' is not an integer.");

        /// <summary>Parses <c>true</c> or <c>false</c>, exactly as Twilio writes them (lower case, nothing around them).</summary>
        /// <exception cref="FormatException">Neither; the message names <paramref name="name"/>.</exception>
        public static bool ParseBoolean(string value, string name)
            => value switch
            {
                "true" => true,
                "false" => false,
                _ => throw new FormatException($"'{name}': '{value}' is not true or false."),
            };

        /// <summary>
        /// Parses an ISO 8601 date and time with its offset (<c>2019-08-29T18:51:44Z</c>, fractional seconds
        /// and <c>+02:00</c> allowed), whatever the current culture. Nothing else: a date alone or a time
        /// without an offset names no instant.
        /// </summary>
        /// <exception cref="FormatException">Not such a date; the message names <paramref name="name"/>.</exception>
        public static DateTimeOffset ParseDateTimeOffset(string value, string name)
            => DateTimeOffset.TryParseExact(value, Iso8601Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var result)
                ? result
                : throw new FormatException($"'{name}': '{value}' is not an ISO 8601 date and time with an offset, such as 2019-08-29T18:51:44Z.");

        // 'F' digits are optional when parsing and dropped when zero when formatting, with the '.' before them.
        private const string Utc = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";
        private const string WithOffset = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz";
        private static readonly string[] Iso8601Formats = { Utc, WithOffset };

        /// <summary>Writes an integer the way Twilio reads it (invariant culture).</summary>
        public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>Writes <c>true</c> or <c>false</c>.</summary>
        public static string Format(bool value) => value ? "true" : "false";

        /// <summary>
        /// Writes an ISO 8601 date and time the way Twilio sends one (<c>2019-08-29T18:51:44Z</c> in UTC),
        /// keeping fractional seconds and any other offset, so that parsing it gives the same value back.
        /// </summary>
        public static string Format(DateTimeOffset value)
            => value.ToString(value.Offset == TimeSpan.Zero ? Utc : WithOffset, CultureInfo.InvariantCulture);

        /// <summary>Thrown when a form holds a parameter twice that may be given once.</summary>
        public static FormatException Duplicate(string name, string typeName)
            => new($"'{name}' is given more than once, but {typeName} takes a single value.");

        /// <summary>Thrown when a form holds a parameter the request type does not have.</summary>
        public static FormatException Unknown(string name, string typeName)
            => new($"'{name}' is not a parameter of {typeName}.");

        /// <summary>Thrown when a form lacks a required parameter.</summary>
        public static FormatException Missing(string name, string typeName)
            => new($"{typeName} requires '{name}', but the form does not have it.");
    }
}
