using System;
using System.ComponentModel;
using System.Globalization;

namespace ConversationHooks.Internal
{
    /// <summary>The allowed range of an integer parameter (Twilio's <c>PageSize</c> is 1 to 5), checked where a value is made.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class ValueRange
    {
        /// <summary><paramref name="value"/> when it is null or from <paramref name="minimum"/> to <paramref name="maximum"/>.</summary>
        /// <exception cref="ArgumentOutOfRangeException">Outside the range; the exception names <paramref name="parameterName"/>.</exception>
        public static int? Check(int? value, int minimum, int maximum, string parameterName)
            => value is { } number && !Contains(number, minimum, maximum)
                ? throw new ArgumentOutOfRangeException(parameterName, number, Describe(minimum, maximum))
                : value;

        /// <summary>Parses an integer form value that must lie from <paramref name="minimum"/> to <paramref name="maximum"/>.</summary>
        /// <exception cref="FormatException">Not an integer, or outside the range; the message names <paramref name="name"/>.</exception>
        public static int Parse(string value, string name, int minimum, int maximum)
        {
            var number = FormValues.ParseInt32(value, name);
            return Contains(number, minimum, maximum)
                ? number
                : throw new FormatException($"'{name}': {number.ToString(CultureInfo.InvariantCulture)} is outside the range. {Describe(minimum, maximum)}");
        }

        private static bool Contains(int value, int minimum, int maximum) => value >= minimum && value <= maximum;

        private static string Describe(int minimum, int maximum)
            => $"The value must be from {minimum.ToString(CultureInfo.InvariantCulture)} to {maximum.ToString(CultureInfo.InvariantCulture)}.";
    }
}
