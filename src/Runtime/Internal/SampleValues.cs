using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace ConversationHooks.Internal
{
    /// <summary>
    /// What the generated <c>…EventBuilder</c>s need: new SIDs, the current time as Twilio writes it, and
    /// values written as wire text. Plumbing generated code calls.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class SampleValues
    {
        /// <summary>A new SID: <paramref name="prefix"/> and 32 random lower-case hex digits.</summary>
        public static string NewSid(string prefix) => prefix + Guid.NewGuid().ToString("N");

        /// <summary>Now, to the millisecond: what Twilio's dates carry, so that a sample reads back equal.</summary>
        public static DateTimeOffset Now()
        {
            var now = DateTimeOffset.UtcNow;
            return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        }

        /// <summary>A date as Twilio writes one: UTC, with milliseconds (<c>2021-08-10T18:34:58.111Z</c>).</summary>
        public static string Date(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

        /// <summary>An integer in invariant culture.</summary>
        public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary><c>true</c> or <c>false</c>.</summary>
        public static string Bool(bool value) => value ? "true" : "false";

        /// <summary>Media items as the JSON array Twilio sends in <c>Media</c>.</summary>
        public static string Media(IReadOnlyList<MediaItem> items)
        {
            var json = new StringBuilder("[");
            for (var i = 0; i < items.Count; i++)
            {
                json.Append(i == 0 ? string.Empty : ",").Append(items[i].Json.Text);
            }

            return json.Append(']').ToString();
        }
    }
}
