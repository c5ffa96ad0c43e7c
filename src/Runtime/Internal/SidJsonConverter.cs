using System;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConversationHooks.Internal
{
    /// <summary>
    /// A SID as a JSON string (<c>"CH…"</c>), as a value and as a property name; the default SID is <c>""</c>
    /// both ways. Each generated SID type's converter derives from it. Plumbing generated code uses.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public abstract class SidJsonConverter<TSid> : JsonConverter<TSid>
        where TSid : struct
    {
        /// <summary>The SID in <paramref name="value"/>; throws <see cref="FormatException"/> when it is not one.</summary>
        protected abstract TSid Parse(string value);

        /// <summary>The SID's text (empty for the default).</summary>
        protected abstract string Format(TSid sid);

        /// <inheritdoc/>
        public override TSid Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => reader.TokenType == JsonTokenType.String
                ? Convert(reader.GetString()!)
                : throw new JsonException($"A {typeof(TSid).Name} is a JSON string; found {reader.TokenType}.");

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, TSid value, JsonSerializerOptions options)
            => writer.WriteStringValue(Format(value));

        /// <inheritdoc/>
        public override TSid ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => Convert(reader.GetString()!);

        /// <inheritdoc/>
        public override void WriteAsPropertyName(Utf8JsonWriter writer, TSid value, JsonSerializerOptions options)
            => writer.WritePropertyName(Format(value));

        private TSid Convert(string text)
        {
            if (text.Length == 0)
            {
                return default;
            }

            try
            {
                return Parse(text);
            }
            catch (FormatException e)
            {
                throw new JsonException(e.Message, e);
            }
        }
    }
}
