using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ConversationHooks.Tool
{
    /// <summary>
    /// Text the audit prints that it did not write itself (live values, Twilio's messages, exception messages) made
    /// safe for a terminal and a log: control and formatting characters (line breaks, terminal escapes, bidirectional
    /// overrides) shown as <c>\n</c>, <c>\u001B</c>, ..., so a value cannot forge a report line; and secrets hidden.
    /// </summary>
    internal static class ConsoleText
    {
        public static string Printable(string text, IReadOnlyList<string>? secrets = null)
        {
            foreach (var secret in secrets ?? System.Array.Empty<string>())
            {
                text = text.Replace(secret, "***");
            }

            StringBuilder? escaped = null;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                var category = char.GetUnicodeCategory(c);
                var unsafeChar = category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
                if (!unsafeChar)
                {
                    escaped?.Append(c);
                    continue;
                }

                escaped ??= new StringBuilder(text, 0, i, text.Length + 16);
                escaped.Append(c switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                });
            }

            return escaped?.ToString() ?? text;
        }
    }
}
