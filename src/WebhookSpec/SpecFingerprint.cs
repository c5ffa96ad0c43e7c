using System.Text;

namespace ConversationHooks.Spec
{
    /// <summary>
    /// A stable fingerprint of a spec's content: FNV-1a (64-bit) of its JSON text without the white
    /// space between tokens, so reformatting does not change it. Recorded in an assembly that exposes
    /// generated types, so a project referencing it knows they were made from the same spec.
    /// </summary>
    internal static class SpecFingerprint
    {
        public static string Of(string text)
        {
            const ulong offset = 14695981039346656037;
            const ulong prime = 1099511628211;
            var hash = offset;
            var inString = false;
            var escaped = false;
            foreach (var c in text)
            {
                if (!inString && (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\uFEFF'))
                {
                    continue;
                }

                if (inString)
                {
                    if (escaped)
                    {
                        escaped = false;
                    }
                    else if (c == '\\')
                    {
                        escaped = true;
                    }
                    else if (c == '"')
                    {
                        inString = false;
                    }
                }
                else if (c == '"')
                {
                    inString = true;
                }

                unchecked
                {
                    hash = (hash ^ c) * prime;
                }
            }

            return hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
