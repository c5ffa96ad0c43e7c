using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;

namespace ConversationHooks.Internal
{
    /// <summary>
    /// The <c>ToString</c> of generated requests and responses, shaped as C# records print:
    /// <c>Name { A = 1, B = [x, y], C = null }</c>. Dates are written in ISO 8601, whatever the culture.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class DisplayText
    {
        /// <summary>Starts the text of a value of type <paramref name="typeName"/>.</summary>
        public static StringBuilder Start(string typeName) => new StringBuilder(typeName).Append(" {");

        /// <summary>Adds one property.</summary>
        public static void Add<T>(StringBuilder text, string name, T value)
            => AppendValue(Separate(text).Append(name).Append(" = "), value);

        /// <summary>Adds one list property: its items in brackets, or null.</summary>
        public static void AddList<T>(StringBuilder text, string name, IReadOnlyList<T>? items)
        {
            Separate(text).Append(name).Append(" = ");
            if (items is null)
            {
                text.Append("null");
                return;
            }

            text.Append('[');
            for (var i = 0; i < items.Count; i++)
            {
                AppendValue(i == 0 ? text : text.Append(", "), items[i]);
            }

            text.Append(']');
        }

        /// <summary>Ends the text and returns it.</summary>
        public static string End(StringBuilder text) => text.Append(" }").ToString();

        private static StringBuilder Separate(StringBuilder text)
            => text[text.Length - 1] == '{' ? text.Append(' ') : text.Append(", ");

        private static void AppendValue<T>(StringBuilder text, T value)
        {
            switch (value)
            {
                case null:
                    text.Append("null");
                    break;
                case DateTimeOffset date:
                    text.Append(FormValues.Format(date));
                    break;
                case bool flag:
                    text.Append(FormValues.Format(flag));
                    break;
                case IFormattable formattable:
                    text.Append(formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default:
                    text.Append(value.ToString());
                    break;
            }
        }
    }
}
