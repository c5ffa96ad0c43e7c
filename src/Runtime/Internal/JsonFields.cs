using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Text;
using System.Text.Json;

namespace ConversationHooks.Internal
{
    /// <summary>
    /// Reading and writing the fields of Twilio's JSON responses. Generated response types call these
    /// so that every field type is read one way, with errors that name the field.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class JsonFields
    {
        /// <summary>Reader options for Twilio responses (strict JSON, default depth).</summary>
        public static JsonReaderOptions ReaderOptions => default;

        /// <summary>Moves to the first token and checks that it starts an object.</summary>
        /// <exception cref="JsonException">The JSON is not an object.</exception>
        public static void ReadStartObject(ref Utf8JsonReader reader, string typeName)
        {
            if (reader.TokenType == JsonTokenType.None)
            {
                reader.Read();
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException($"Expected a JSON object for {typeName}, found {reader.TokenType}.");
            }
        }

        /// <summary>Checks that nothing but white space follows the value just read.</summary>
        /// <exception cref="JsonException">More content follows (the reader's own message says what).</exception>
        public static void ReadEndOfInput(ref Utf8JsonReader reader, string typeName)
        {
            // A reader made for one value throws on anything after it; true would mean a second value.
            if (reader.Read())
            {
                throw new JsonException($"Expected the end of the JSON after the {typeName} object, found {reader.TokenType}.");
            }
        }

        /// <summary>The string value (or null) the reader stands on.</summary>
        public static string? ReadString(ref Utf8JsonReader reader, string field)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    return null;
                case JsonTokenType.String:
                    return GetString(ref reader, field);
                default:
                    throw Unexpected(ref reader, field, "a string");
            }
        }

        /// <summary>
        /// The string the reader stands on turned into <typeparamref name="T"/> by <paramref name="convert"/>
        /// (a SID's <c>Parse</c>, an enum value's <c>FromWireName</c>), or null. A <see cref="FormatException"/>
        /// from <paramref name="convert"/> becomes a <see cref="JsonException"/> naming the field.
        /// </summary>
        public static T? ReadValue<T>(ref Utf8JsonReader reader, string field, Func<string, T> convert)
            where T : struct
        {
            var text = ReadString(ref reader, field);
            return text is null ? null : Convert(field, text, convert);
        }

        /// <summary>
        /// The string the reader stands on turned into <typeparamref name="T"/> straight from its UTF-8
        /// bytes (a known wire name costs no string), or null.
        /// </summary>
        public static T? ReadWireValue<T>(ref Utf8JsonReader reader, string field, Utf8Converter<T> convert)
            where T : struct
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    return null;
                case JsonTokenType.String:
                    return ConvertUtf8(ref reader, field, convert);
                default:
                    throw Unexpected(ref reader, field, "a string");
            }
        }

        /// <summary>An array of strings (or null), each turned into <typeparamref name="T"/> straight from its UTF-8 bytes.</summary>
        public static IReadOnlyList<T>? ReadWireArray<T>(ref Utf8JsonReader reader, string field, Utf8Converter<T> convert)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw Unexpected(ref reader, field, "an array");
            }

            var items = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.String)
                {
                    throw Unexpected(ref reader, field, "an array of strings");
                }

                items.Add(ConvertUtf8(ref reader, field, convert));
            }

            return items;
        }

        /// <summary>
        /// An array of objects (or null), each read by <paramref name="read"/> (a generated <c>ReadJson</c>)
        /// from the <c>{</c> it stands on. A null item is an error: a list of resources has no holes.
        /// </summary>
        public static IReadOnlyList<T>? ReadObjectArray<T>(ref Utf8JsonReader reader, string field, JsonObjectReader<T> read)
            where T : class
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw Unexpected(ref reader, field, "an array");
            }

            var items = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw Unexpected(ref reader, field, "an array of objects");
                }

                items.Add(read(ref reader)!);
            }

            return items;
        }

        /// <summary>
        /// Parses JSON text with <paramref name="parse"/> (a generated <c>FromJson(ReadOnlySpan&lt;byte&gt;)</c>),
        /// transcoding it to UTF-8 in a pooled buffer rather than a new array.
        /// </summary>
        public static T ParseText<T>(string json, Utf8Converter<T> parse)
        {
            if (json is null)
            {
                throw new ArgumentNullException(nameof(json));
            }

            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
            try
            {
                var length = Encoding.UTF8.GetBytes(json, 0, json.Length, buffer, 0);
                return parse(new ReadOnlySpan<byte>(buffer, 0, length));
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        private static T ConvertUtf8<T>(ref Utf8JsonReader reader, string field, Utf8Converter<T> convert)
            => reader.ValueIsEscaped || reader.HasValueSequence ? convert(Encoding.UTF8.GetBytes(GetString(ref reader, field))) : convert(reader.ValueSpan);

        /// <summary>
        /// The string the reader stands on. An escaped lone surrogate (<c>"\ud800"</c>) is valid JSON
        /// that no string can hold: a <see cref="JsonException"/> naming the field.
        /// </summary>
        private static string GetString(ref Utf8JsonReader reader, string field)
        {
            try
            {
                return reader.GetString()!;
            }
            catch (InvalidOperationException e)
            {
                throw new JsonException($"'{field}': {e.Message}", e);
            }
        }

        /// <summary>The integer (or null) the reader stands on.</summary>
        public static int? ReadInt32(ref Utf8JsonReader reader, string field)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value))
            {
                return value;
            }

            throw Unexpected(ref reader, field, "a 32-bit integer");
        }

        /// <summary>The boolean (or null) the reader stands on.</summary>
        public static bool? ReadBoolean(ref Utf8JsonReader reader, string field)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    return null;
                case JsonTokenType.True:
                    return true;
                case JsonTokenType.False:
                    return false;
                default:
                    throw Unexpected(ref reader, field, "true or false");
            }
        }

        /// <summary>The ISO 8601 date and time (or null) the reader stands on.</summary>
        public static DateTimeOffset? ReadDateTimeOffset(ref Utf8JsonReader reader, string field)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value))
            {
                return value;
            }

            throw Unexpected(ref reader, field, "an ISO 8601 date and time");
        }

        /// <summary>An array of strings (or null), each turned into <typeparamref name="T"/> by <paramref name="convert"/>.</summary>
        public static IReadOnlyList<T>? ReadArray<T>(ref Utf8JsonReader reader, string field, Func<string, T> convert)
            => ReadWireArray(ref reader, field, utf8 => Convert(field, WireText.Decode(utf8), convert));

        /// <summary>Writes a number, or null when <paramref name="value"/> has none.</summary>
        public static void Write(Utf8JsonWriter writer, string name, int? value)
        {
            if (value.HasValue)
            {
                writer.WriteNumber(name, value.Value);
            }
            else
            {
                writer.WriteNull(name);
            }
        }

        /// <summary>Writes a boolean, or null when <paramref name="value"/> has none.</summary>
        public static void Write(Utf8JsonWriter writer, string name, bool? value)
        {
            if (value.HasValue)
            {
                writer.WriteBoolean(name, value.Value);
            }
            else
            {
                writer.WriteNull(name);
            }
        }

        /// <summary>Writes an ISO 8601 date and time, or null when <paramref name="value"/> has none.</summary>
        public static void Write(Utf8JsonWriter writer, string name, DateTimeOffset? value)
        {
            if (value.HasValue)
            {
                writer.WriteString(name, value.Value);
            }
            else
            {
                writer.WriteNull(name);
            }
        }

        /// <summary>Writes a string, or null.</summary>
        public static void Write(Utf8JsonWriter writer, string name, string? value)
        {
            if (value is null)
            {
                writer.WriteNull(name);
            }
            else
            {
                writer.WriteString(name, value);
            }
        }

        /// <summary>Writes an array of strings made by <paramref name="toWire"/>, or null.</summary>
        public static void WriteArray<T>(Utf8JsonWriter writer, string name, IReadOnlyList<T>? items, Func<T, string> toWire)
        {
            if (items is null)
            {
                writer.WriteNull(name);
                return;
            }

            writer.WriteStartArray(name);
            foreach (var item in items)
            {
                writer.WriteStringValue(toWire(item));
            }

            writer.WriteEndArray();
        }

        /// <summary>Writes an array of objects, each as its own <c>WriteJson</c> writes it, or null.</summary>
        public static void WriteObjectArray<T>(Utf8JsonWriter writer, string name, IReadOnlyList<T>? items)
            where T : IJsonContent
        {
            if (items is null)
            {
                writer.WriteNull(name);
                return;
            }

            writer.WriteStartArray(name);
            for (var i = 0; i < items.Count; i++)
            {
                items[i].WriteJson(writer);
            }

            writer.WriteEndArray();
        }

        /// <summary>The JSON text of <paramref name="content"/>, in Twilio's snake_case shape.</summary>
        public static string ToJson<T>(T content)
            where T : IJsonContent
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                content.WriteJson(writer);
            }

            return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
        }

        private static T Convert<T>(string field, string text, Func<string, T> convert)
        {
            try
            {
                return convert(text);
            }
            catch (FormatException e)
            {
                throw new JsonException($"'{field}': {e.Message}", e);
            }
        }

        private static JsonException Unexpected(ref Utf8JsonReader reader, string field, string expected)
            => new($"'{field}': expected {expected}, found {reader.TokenType}.");
    }
}
