using System.Text;

namespace ConversationHooks.Generator.Emit
{
    /// <summary>Writes indented C# source line by line.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _builder = new();
        private int _indent;

        public SourceWriter Line(string text = "")
        {
            if (text.Length > 0)
            {
                _builder.Append(' ', _indent * 4);
            }

            _builder.Append(text).Append('\n');
            return this;
        }

        public SourceWriter Open(string header)
        {
            Line(header);
            Line("{");
            _indent++;
            return this;
        }

        public SourceWriter Close(string suffix = "")
        {
            _indent--;
            return Line("}" + suffix);
        }

        /// <summary>An XML doc summary; <paramref name="xml"/> is doc XML: escape spec text with <see cref="EscapeXml"/>.</summary>
        public SourceWriter Summary(string xml)
            => Line("/// <summary>" + xml + "</summary>");

        public override string ToString() => _builder.ToString();

        public static string EscapeXml(string text)
            => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

        /// <summary>A C# string literal for <paramref name="value"/>.</summary>
        public static string Literal(string value)
        {
            var builder = new StringBuilder(value.Length + 2).Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    default:
                        if (c < 0x20 || c > 0x7E)
                        {
                            builder.Append("\\u").Append(((int)c).ToString("X4"));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.Append('"').ToString();
        }
    }
}
