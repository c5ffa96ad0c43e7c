using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ConversationHooks
{
    /// <summary>
    /// JSON text that arrived inside a form value (an event's <c>Attributes</c>), kept exactly as it
    /// was sent and known to be one well-formed JSON value. Read it typed with
    /// <see cref="Deserialize{T}(JsonTypeInfo{T})"/> or as a <see cref="JsonDocument"/>.
    /// </summary>
    public readonly struct JsonText : IEquatable<JsonText>
    {
        private const int StackBytes = 256;
        private readonly string _text;

        private JsonText(string text) => _text = text;

        /// <summary>The JSON text, exactly as received (<c>{}</c> by default on Twilio's side).</summary>
        public string Text => _text ?? string.Empty;

        /// <summary>Checks and wraps <paramref name="json"/>.</summary>
        /// <exception cref="FormatException">Not one well-formed JSON value.</exception>
        public static JsonText Parse(string json)
            => TryParse(json, out var text, out var problem) ? text : throw new FormatException(problem);

        /// <summary>Checks and wraps <paramref name="json"/>; on failure <paramref name="problem"/> says what is wrong.</summary>
        public static bool TryParse(string json, out JsonText text, out string? problem)
        {
            if (json is null)
            {
                throw new ArgumentNullException(nameof(json));
            }

            problem = Check(json);
            text = problem is null ? new JsonText(json) : default;
            return problem is null;
        }

        /// <summary>Parses the text into a document (dispose it).</summary>
        public JsonDocument ToDocument() => JsonDocument.Parse(Text);

        /// <summary>Reads the text as <typeparamref name="T"/> with source-generated metadata (trimming- and AOT-safe).</summary>
        /// <exception cref="JsonException">The JSON does not fit <typeparamref name="T"/>.</exception>
        public T? Deserialize<T>(JsonTypeInfo<T> typeInfo) => JsonSerializer.Deserialize(Text, typeInfo);

        /// <summary>The JSON text.</summary>
        public override string ToString() => Text;

        /// <summary>Compares the texts ordinally.</summary>
        public bool Equals(JsonText other) => string.Equals(Text, other.Text, StringComparison.Ordinal);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is JsonText other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

        /// <summary>Compares the texts ordinally.</summary>
        public static bool operator ==(JsonText left, JsonText right) => left.Equals(right);

        /// <summary>Compares the texts ordinally.</summary>
        public static bool operator !=(JsonText left, JsonText right) => !left.Equals(right);

        /// <summary>Null when <paramref name="json"/> is one well-formed JSON value, else what is wrong.</summary>
        internal static string? Check(string json)
        {
            var length = Encoding.UTF8.GetMaxByteCount(json.Length);
            byte[]? rented = null;
            var bytes = length <= StackBytes ? stackalloc byte[StackBytes] : (rented = ArrayPool<byte>.Shared.Rent(length));
            try
            {
                var count = GetUtf8(json, bytes);
                var reader = new Utf8JsonReader(bytes.Slice(0, count), new JsonReaderOptions { MaxDepth = 64 });
                while (reader.Read())
                {
                }

                return null;
            }
            catch (JsonException e)
            {
                return $"not well-formed JSON ({e.Message})";
            }
            finally
            {
                if (rented is not null)
                {
                    ArrayPool<byte>.Shared.Return(rented);
                }
            }
        }

        private static unsafe int GetUtf8(string text, Span<byte> destination)
        {
#if NET8_0_OR_GREATER
            return Encoding.UTF8.GetBytes(text, destination);
#else
            fixed (char* chars = text)
            fixed (byte* bytes = destination)
            {
                return Encoding.UTF8.GetBytes(chars, text.Length, bytes, destination.Length);
            }
#endif
        }
    }
}
