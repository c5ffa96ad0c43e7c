using System.Collections.Generic;
using ConversationHooks.Spec.Model;

namespace ConversationHooks.Analyzers.Rules
{
    /// <summary>
    /// Which strings in a SID place stand in for a SID rather than attempt one. Twilio's SDK tests
    /// write <c>"foo"</c> and <c>"AccountSid"</c>, its samples <c>"your_account_sid"</c> and
    /// <c>ACXXXX…</c>: code behind a mocked client, which must build. A malformed SID that starts
    /// like one (<c>CH123</c>, <c>ISaaaa…z</c>) is a mistake and stays an error.
    /// </summary>
    internal static class SidPlaceholders
    {
        /// <summary>
        /// Twilio's own placeholder: a SID's prefix and 32 'X' (its samples and generated tests) or
        /// 32 'x' (some of its docs). Decided before unique names, so <c>CHXXXX…</c> is a placeholder
        /// wherever it stands, as <c>ISXXXX…</c> is.
        /// </summary>
        public static bool IsTwilioPlaceholder(string text)
        {
            if (text.Length != SidFormat.Length || !IsUpper(text[0]) || !IsUpper(text[1]))
            {
                return false;
            }

            var x = text[2];
            if (x != 'X' && x != 'x')
            {
                return false;
            }

            for (var i = 3; i < text.Length; i++)
            {
                if (text[i] != x)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// True when <paramref name="text"/> was meant as a SID: a prefix the spec knows, in upper case,
        /// then letters and digits only (<c>CH123</c>, <c>FWxyz</c>, <c>IS</c>); or any two upper-case
        /// letters and hex digits (<c>SM5f…</c>, a SID of a product the spec does not list). Words
        /// (<c>foo</c>, <c>AccountSid</c>), templates (<c>your_account_sid</c>, <c>{{ACCOUNT_SID}}</c>)
        /// and the empty string are not.
        /// </summary>
        public static bool IsAttempt(string text, IEnumerable<SidKindSpec> kinds)
        {
            if (text.Length < 2 || !IsUpper(text[0]) || !IsUpper(text[1]))
            {
                return false;
            }

            var knownPrefix = false;
            foreach (var kind in kinds)
            {
                knownPrefix |= kind.Prefix is { } prefix && prefix[0] == text[0] && prefix[1] == text[1];
            }

            var alphanumeric = true;
            var hex = text.Length > 2;
            for (var i = 2; i < text.Length; i++)
            {
                var c = text[i];
                alphanumeric &= IsHexDigit(c) || (c >= 'g' && c <= 'z') || (c >= 'G' && c <= 'Z');
                hex &= IsHexDigit(c);
            }

            return (knownPrefix && alphanumeric) || hex;
        }

        public static bool IsHexDigit(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

        private static bool IsUpper(char c) => c >= 'A' && c <= 'Z';
    }
}
