using System;
using System.Globalization;

namespace ConversationHooks
{
    /// <summary>Turns form values (always strings on the wire) into typed values, naming the parameter on failure.</summary>
    public static class FormValues
    {
        /// <summary>Parses an integer the way Twilio writes it (invariant culture).</summary>
        /// <exception cref="FormatException">Not an integer; the message names <paramref name="name"/>.</exception>
        public static int ParseInt32(string value, string name)
            => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
                ? result
                : throw new FormatException($"'{name}': '{value}' is not an integer.");

        /// <summary>Parses <c>true</c> or <c>false</c> (any case).</summary>
        /// <exception cref="FormatException">Neither; the message names <paramref name="name"/>.</exception>
        public static bool ParseBoolean(string value, string name)
            => bool.TryParse(value, out var result)
                ? result
                : throw new FormatException($"'{name}': '{value}' is not true or false.");

        /// <summary>Parses an ISO 8601 date and time.</summary>
        /// <exception cref="FormatException">Not such a date; the message names <paramref name="name"/>.</exception>
        public static DateTimeOffset ParseDateTimeOffset(string value, string name)
            => DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var result)
                ? result
                : throw new FormatException($"'{name}': '{value}' is not an ISO 8601 date and time.");

        /// <summary>Writes an integer the way Twilio reads it (invariant culture).</summary>
        public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>Writes <c>true</c> or <c>false</c>.</summary>
        public static string Format(bool value) => value ? "true" : "false";

        /// <summary>Writes an ISO 8601 date and time.</summary>
        public static string Format(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

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
