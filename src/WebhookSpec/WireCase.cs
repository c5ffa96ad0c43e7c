namespace ConversationHooks.Spec
{
    /// <summary>
    /// How a scope's <c>methodsIgnoreCase</c> compares: ASCII letters only, so that no other
    /// character folds into a method name (with <c>OrdinalIgnoreCase</c> some culture-free Unicode
    /// mappings could). The generated parsers emit the same comparison.
    /// </summary>
    internal static class WireCase
    {
        public static bool EqualsIgnoringAsciiCase(string text, string wireName)
        {
            if (text.Length != wireName.Length)
            {
                return false;
            }

            for (var i = 0; i < text.Length; i++)
            {
                if (!SameIgnoringAsciiCase(text[i], wireName[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool SameIgnoringAsciiCase(int a, int b)
            => a == b || ((uint)((a | 0x20) - 'a') <= 'z' - 'a' && (a | 0x20) == (b | 0x20));
    }
}
