using System.Collections.Generic;

namespace ConversationHooks.Spec.Json
{
    /// <summary>Where a JSON token starts in the spec text (offset 0-based; line and column 1-based).</summary>
    internal readonly record struct TextPosition(int Offset, int Line, int Column);

    internal enum JsonKind
    {
        Object,
        Array,
        String,
        Number,
        True,
        False,
        Null,
    }

    /// <summary>A parsed JSON value that remembers where it stood in the text.</summary>
    internal abstract class JsonNode
    {
        protected JsonNode(JsonKind kind, TextPosition start, int length)
        {
            Kind = kind;
            Start = start;
            Length = length;
        }

        public JsonKind Kind { get; }

        public TextPosition Start { get; }

        /// <summary>Length of the value's text; a container spans from its opening to its closing bracket.</summary>
        public int Length { get; internal set; }

        /// <summary>How the value is named in messages: "a string", "an object", ...</summary>
        public string Describe() => Kind switch
        {
            JsonKind.Object => "an object",
            JsonKind.Array => "an array",
            JsonKind.String => "a string",
            JsonKind.Number => "a number",
            JsonKind.Null => "null",
            _ => "a boolean",
        };
    }

    internal sealed class JsonScalar : JsonNode
    {
        public JsonScalar(JsonKind kind, TextPosition start, int length, string text)
            : base(kind, start, length) => Text = text;

        /// <summary>The unescaped string value, or the number's or literal's source text.</summary>
        public string Text { get; }
    }

    internal sealed class JsonMember
    {
        public JsonMember(string name, TextPosition namePosition, int nameLength, JsonNode value)
        {
            Name = name;
            NamePosition = namePosition;
            NameLength = nameLength;
            Value = value;
        }

        public string Name { get; }

        public TextPosition NamePosition { get; }

        public int NameLength { get; }

        public JsonNode Value { get; }
    }

    internal sealed class JsonObject : JsonNode
    {
        public JsonObject(TextPosition start)
            : base(JsonKind.Object, start, 1)
        {
        }

        /// <summary>Members in source order; a duplicate name is kept so the reader can report it.</summary>
        public List<JsonMember> Members { get; } = new();
    }

    internal sealed class JsonArray : JsonNode
    {
        public JsonArray(TextPosition start)
            : base(JsonKind.Array, start, 1)
        {
        }

        public List<JsonNode> Items { get; } = new();
    }
}
