using System;

namespace ConversationHooks
{
    // This file is compiled into the runtime (public API) and, as linked source, into the analyzers
    // (internal), so that generated code and compile-time checks apply the very same SID rules.

    /// <summary>Why a string is not a SID of the expected kind.</summary>
#if CONVERSATIONHOOKS_ANALYZERS
    internal
#else
    public
#endif
    enum SidError
    {
        /// <summary>The value is a well-formed SID of the expected kind.</summary>
        None,

        /// <summary>The value is null or empty.</summary>
        Missing,

        /// <summary>The value is not 34 characters long.</summary>
        Length,

        /// <summary>The first two characters are not the expected prefix (or not two upper-case letters).</summary>
        Prefix,

        /// <summary>The last 32 characters are not all hex digits.</summary>
        HexDigits,
    }

    /// <summary>
    /// The shape of a Twilio SID: a two-letter upper-case prefix naming the resource type, then 32 hex
    /// digits (either case), 34 characters in all. The case of the hex digits carries no meaning: the
    /// canonical spelling, the one Twilio issues, has them in lower case.
    /// </summary>
#if CONVERSATIONHOOKS_ANALYZERS
    internal
#else
    public
#endif
    static class SidFormat
    {
        /// <summary>The length of every SID.</summary>
        public const int Length = 34;

        /// <summary>Checks <paramref name="value"/> against the SID shape and <paramref name="prefix"/>.</summary>
        /// <param name="value">The candidate SID.</param>
        /// <param name="prefix">The expected prefix, such as <c>AC</c>; null accepts any two upper-case letters.</param>
        public static SidError Check(ReadOnlySpan<char> value, string? prefix)
        {
            if (value.IsEmpty)
            {
                return SidError.Missing;
            }

            if (value.Length != Length)
            {
                return SidError.Length;
            }

            if (prefix is null
                ? !(IsUpperLetter(value[0]) && IsUpperLetter(value[1]))
                : value[0] != prefix[0] || value[1] != prefix[1])
            {
                return SidError.Prefix;
            }

            for (var i = 2; i < Length; i++)
            {
                if (!IsHexDigit(value[i]))
                {
                    return SidError.HexDigits;
                }
            }

            return SidError.None;
        }

        /// <summary>A sentence saying which rule <paramref name="value"/> broke.</summary>
        /// <param name="error">What <see cref="Check"/> found: a rule broken, not <see cref="SidError.None"/>.</param>
        /// <param name="value">The candidate SID.</param>
        /// <param name="kind">The SID type's name, such as <c>AccountSid</c>.</param>
        /// <param name="prefix">The expected prefix, or null for any two upper-case letters.</param>
        /// <exception cref="ArgumentException"><paramref name="error"/> is <see cref="SidError.None"/>: no rule was broken.</exception>
        public static string Describe(SidError error, string? value, string kind, string? prefix)
            => Describe(error, value, kind, prefix, conceal: false);

        /// <summary>
        /// A sentence saying which rule <paramref name="value"/> broke, showing of the value at most its length and
        /// first two characters: for a place where a secret may have been given instead of a SID (credentials,
        /// configuration, environment variables), so that the sentence can be printed and logged.
        /// </summary>
        /// <inheritdoc cref="Describe(SidError, string?, string, string?)" path="/param"/>
        /// <exception cref="ArgumentException"><paramref name="error"/> is <see cref="SidError.None"/>: no rule was broken.</exception>
        public static string DescribeConcealed(SidError error, string? value, string kind, string? prefix)
            => Describe(error, value, kind, prefix, conceal: true);

        private static string Describe(SidError error, string? value, string kind, string? prefix, bool conceal)
        {
            var expected = prefix is null ? "two upper-case letters" : $"'{prefix}'";
            var subject = value is null ? string.Empty
                : conceal ? $"The value starting with '{value.Substring(0, Math.Min(2, value.Length))}' ({value.Length} characters)"
                : $"'{value}'";
            return error switch
            {
                SidError.None => throw new ArgumentException("A valid SID broke no rule; describe only a failed check.", nameof(error)),
                SidError.Missing => $"A {kind} cannot be empty.",
                SidError.Length => $"{subject} is not a valid {kind}: a SID is {Length} characters long" + (conceal ? "." : $", this one has {value!.Length}."),
                SidError.Prefix => $"{subject} is not a valid {kind}: it must start with {expected}" + (conceal ? "." : $", not '{value!.Substring(0, 2)}'."),
                SidError.HexDigits => $"{subject} is not a valid {kind}: after the prefix come 32 hex digits, but "
                    + (conceal ? "the character" : $"'{value![FirstNonHex(value)]}'") + $" at position {FirstNonHex(value!) + 1} is not one.",
                _ => throw new ArgumentOutOfRangeException(nameof(error)),
            };
        }

        /// <summary>
        /// Returns <paramref name="value"/> in its canonical spelling (hex digits in lower case) when it is
        /// a SID with <paramref name="prefix"/>; else throws.
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
        /// <exception cref="FormatException">The value is not such a SID; the message says which rule failed.</exception>
        public static string Parse(string value, string kind, string? prefix)
        {
            if (value is null)
            {
                throw new ArgumentNullException(nameof(value));
            }

            var error = Check(value.AsSpan(), prefix);
            if (error != SidError.None)
            {
                throw new FormatException(Describe(error, value, kind, prefix));
            }

            return ToCanonical(value);
        }

        /// <summary>
        /// <paramref name="sid"/>, a SID that passed <see cref="Check"/>, with its hex digits in lower case;
        /// the same instance when they already are.
        /// </summary>
        public static string ToCanonical(string sid)
        {
            for (var i = 2; i < sid.Length; i++)
            {
                if (sid[i] >= 'A' && sid[i] <= 'F')
                {
                    return sid.Substring(0, 2) + sid.Substring(2).ToLowerInvariant();
                }
            }

            return sid;
        }

        private static int FirstNonHex(string value)
        {
            for (var i = 2; i < value.Length; i++)
            {
                if (!IsHexDigit(value[i]))
                {
                    return i;
                }
            }

            return value.Length - 1;
        }

        private static bool IsUpperLetter(char c) => c >= 'A' && c <= 'Z';

        private static bool IsHexDigit(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
