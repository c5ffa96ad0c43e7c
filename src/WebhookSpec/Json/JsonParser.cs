using System.Globalization;
using System.Text;

namespace ConversationHooks.Spec.Json
{
    /// <summary>
    /// A strict JSON (RFC 8259) parser that keeps the position of every value, so that problems in
    /// the spec can be reported at their line and column. Hand-written because the generator and
    /// analyzer assemblies must not depend on System.Text.Json (the host compiler's copy would win).
    /// </summary>
    internal sealed class JsonParser
    {
        /// <summary>Deeper documents are rejected rather than risking the host's stack.</summary>
        public const int MaxDepth = 64;

        private readonly string _text;
        private int _pos;
        private int _line = 1;
        private int _lineStart;

        private JsonParser(string text) => _text = text;

        /// <summary>Parses <paramref name="text"/>; on failure returns null and a CWH100 diagnostic.</summary>
        public static JsonNode? Parse(string text, out SpecDiagnostic? error)
        {
            var parser = new JsonParser(text);
            try
            {
                error = null;
                return parser.ParseDocument();
            }
            catch (JsonSyntaxException e)
            {
                // The offending character; nothing at the end of the file (a span past it would point nowhere).
                error = SpecDiagnostic.At(DiagnosticIds.SpecInvalidJson, e.Position, e.Position.Offset < text.Length ? 1 : 0, e.Message);
                return null;
            }
        }

        private TextPosition Here => new(_pos, _line, _pos - _lineStart + 1);

        private JsonNode ParseDocument()
        {
            if (string.IsNullOrWhiteSpace(_text.TrimStart('\uFEFF')))
            {
                throw Error("The spec file is empty.");
            }

            if (_text.Length > 0 && _text[0] == '\uFEFF')
            {
                _pos = _lineStart = 1; // a leading byte order mark is not content
            }

            SkipWhitespace();
            var root = ParseValue(0);
            SkipWhitespace();
            if (_pos < _text.Length)
            {
                throw Error($"Unexpected {DescribeChar(_text[_pos])} after the end of the JSON document.");
            }

            return root;
        }

        private JsonNode ParseValue(int depth)
        {
            if (_pos >= _text.Length)
            {
                throw Error("Unexpected end of file: expected a JSON value.");
            }

            var c = _text[_pos];
            return c switch
            {
                '{' => ParseObject(depth + 1),
                '[' => ParseArray(depth + 1),
                '"' => ParseStringNode(),
                't' => ParseLiteral("true", JsonKind.True),
                'f' => ParseLiteral("false", JsonKind.False),
                'n' => ParseLiteral("null", JsonKind.Null),
                _ when c == '-' || (c >= '0' && c <= '9') => ParseNumber(),
                _ => throw Error($"Unexpected {DescribeChar(c)}: expected a JSON value."),
            };
        }

        private JsonObject ParseObject(int depth)
        {
            CheckDepth(depth);
            var node = new JsonObject(Here);
            _pos++;
            SkipWhitespace();
            if (TryConsume('}'))
            {
                node.Length = _pos - node.Start.Offset;
                return node;
            }

            while (true)
            {
                SkipWhitespace();
                if (Peek() != '"')
                {
                    throw Error(Peek() == '}'
                        ? "Trailing comma before '}' is not allowed."
                        : $"Expected a property name in double quotes, found {DescribeCurrent()}.");
                }

                var namePosition = Here;
                var name = ParseString();
                var nameLength = _pos - namePosition.Offset;
                SkipWhitespace();
                if (!TryConsume(':'))
                {
                    throw Error($"Expected ':' after property name \"{name}\", found {DescribeCurrent()}.");
                }

                SkipWhitespace();
                node.Members.Add(new JsonMember(name, namePosition, nameLength, ParseValue(depth)));
                SkipWhitespace();
                if (TryConsume(','))
                {
                    continue;
                }

                if (TryConsume('}'))
                {
                    node.Length = _pos - node.Start.Offset;
                    return node;
                }

                throw Error($"Expected ',' or '}}' in object, found {DescribeCurrent()}.");
            }
        }

        private JsonArray ParseArray(int depth)
        {
            CheckDepth(depth);
            var node = new JsonArray(Here);
            _pos++;
            SkipWhitespace();
            if (TryConsume(']'))
            {
                node.Length = _pos - node.Start.Offset;
                return node;
            }

            while (true)
            {
                SkipWhitespace();
                if (Peek() == ']')
                {
                    throw Error("Trailing comma before ']' is not allowed.");
                }

                node.Items.Add(ParseValue(depth));
                SkipWhitespace();
                if (TryConsume(','))
                {
                    continue;
                }

                if (TryConsume(']'))
                {
                    node.Length = _pos - node.Start.Offset;
                    return node;
                }

                throw Error($"Expected ',' or ']' in array, found {DescribeCurrent()}.");
            }
        }

        private JsonScalar ParseStringNode()
        {
            var start = Here;
            var value = ParseString();
            return new JsonScalar(JsonKind.String, start, _pos - start.Offset, value);
        }

        private string ParseString()
        {
            var start = Here;
            _pos++; // opening quote
            var builder = new StringBuilder();
            while (true)
            {
                if (_pos >= _text.Length)
                {
                    throw new JsonSyntaxException(start, "Unterminated string: the file ends before its closing '\"'.");
                }

                var c = _text[_pos];
                if (c == '"')
                {
                    _pos++;
                    return builder.ToString();
                }

                if (c == '\\')
                {
                    builder.Append(ParseEscape());
                    continue;
                }

                if (c < 0x20)
                {
                    throw Error(c == '\n' || c == '\r'
                        ? "Unterminated string: a line break must be written as \\n inside a string."
                        : $"Control character U+{(int)c:X4} must be escaped inside a string.");
                }

                builder.Append(c);
                _pos++;
            }
        }

        private char ParseEscape()
        {
            var escapeStart = Here;
            _pos++; // backslash
            var c = Peek();
            _pos++;
            switch (c)
            {
                case '"': return '"';
                case '\\': return '\\';
                case '/': return '/';
                case 'b': return '\b';
                case 'f': return '\f';
                case 'n': return '\n';
                case 'r': return '\r';
                case 't': return '\t';
                case 'u':
                    if (_pos + 4 <= _text.Length
                        && int.TryParse(_text.Substring(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        _pos += 4;
                        return (char)code;
                    }

                    throw new JsonSyntaxException(escapeStart, "Invalid \\u escape: expected four hex digits.");
                default:
                    throw new JsonSyntaxException(escapeStart, $"Invalid escape sequence '\\{(c == '\0' ? string.Empty : c.ToString())}'.");
            }
        }

        private JsonScalar ParseNumber()
        {
            var start = Here;
            TryConsume('-');
            if (TryConsume('0'))
            {
                if (IsDigit(Peek()))
                {
                    throw Error("Leading zeros are not allowed in numbers.");
                }
            }
            else
            {
                ConsumeDigits("Expected a digit in number.");
            }

            if (TryConsume('.'))
            {
                ConsumeDigits("Expected a digit after the decimal point.");
            }

            if (Peek() == 'e' || Peek() == 'E')
            {
                _pos++;
                if (!TryConsume('+'))
                {
                    TryConsume('-');
                }

                ConsumeDigits("Expected a digit in the exponent.");
            }

            var length = _pos - start.Offset;
            return new JsonScalar(JsonKind.Number, start, length, _text.Substring(start.Offset, length));
        }

        private void ConsumeDigits(string message)
        {
            if (!IsDigit(Peek()))
            {
                throw Error(message);
            }

            while (IsDigit(Peek()))
            {
                _pos++;
            }
        }

        private JsonScalar ParseLiteral(string literal, JsonKind kind)
        {
            var start = Here;
            if (string.CompareOrdinal(_text, _pos, literal, 0, literal.Length) != 0)
            {
                throw Error($"Unexpected {DescribeCurrent()}: expected a JSON value.");
            }

            _pos += literal.Length;
            return new JsonScalar(kind, start, literal.Length, literal);
        }

        private void SkipWhitespace()
        {
            while (_pos < _text.Length)
            {
                switch (_text[_pos])
                {
                    case ' ':
                    case '\t':
                        _pos++;
                        break;
                    case '\r':
                        _pos++;
                        if (Peek() == '\n')
                        {
                            _pos++;
                        }

                        NewLine();
                        break;
                    case '\n':
                        _pos++;
                        NewLine();
                        break;
                    default:
                        return;
                }
            }
        }

        private void NewLine()
        {
            _line++;
            _lineStart = _pos;
        }

        private void CheckDepth(int depth)
        {
            if (depth > MaxDepth)
            {
                throw Error($"The JSON is nested more than {MaxDepth} levels deep.");
            }
        }

        private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

        private bool TryConsume(char c)
        {
            if (Peek() != c || _pos >= _text.Length)
            {
                return false;
            }

            _pos++;
            return true;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private string DescribeCurrent() => _pos >= _text.Length ? "the end of the file" : DescribeChar(_text[_pos]);

        private static string DescribeChar(char c)
            => c >= 0x20 && c < 0x7F ? $"'{c}'" : $"character U+{(int)c:X4}";

        private JsonSyntaxException Error(string message) => new(Here, message);

        private sealed class JsonSyntaxException : System.Exception
        {
            public JsonSyntaxException(TextPosition position, string message)
                : base(message) => Position = position;

            public TextPosition Position { get; }
        }
    }
}
