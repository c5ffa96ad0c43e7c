using System;
using System.ComponentModel;

namespace ConversationHooks.Internal
{
    /// <summary>Path segments of REST calls, for the generated client.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class ApiPaths
    {
        /// <summary><paramref name="value"/> escaped for a path segment.</summary>
        /// <exception cref="ArgumentException"><paramref name="value"/> is empty (a default SID).</exception>
        public static string Segment(string value, string parameterName)
        {
            if (string.IsNullOrEmpty(value))
            {
                throw new ArgumentException("A SID is needed here; this one is empty (a default value).", parameterName);
            }

            return Uri.EscapeDataString(value);
        }
    }
}
