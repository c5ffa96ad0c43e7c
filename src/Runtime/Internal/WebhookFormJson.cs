using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;

namespace ConversationHooks.Internal
{
    /// <summary>How a parameter's text is written in an event's JSON: what the spec says the text is.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public enum FormValueJson
    {
        /// <summary>A JSON string (text, SIDs, dates, URLs, enum values, and every parameter the spec does not know).</summary>
        String = 0,

        /// <summary>A JSON number when the text is an integer written the one way (<c>3</c>, not <c>03</c>); else a string.</summary>
        Number,

        /// <summary>A JSON boolean when the text is <c>true</c> or <c>false</c>; else a string.</summary>
        Boolean,

        /// <summary>The JSON itself when the text is a JSON object or array (<c>Attributes</c>, <c>Media</c>); else a string.</summary>
        Json,
    }

    /// <summary>
    /// An event's form as one JSON object, and back, pair for pair: a property per pair, named as on the
    /// wire, in the form's order; the values of a key given several times in a row are one array. Typed
    /// values are natural JSON only when their text reads back the same, so the form body survives the
    /// trip character for character. Plumbing the generated JSON converters call.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class WebhookFormJson
    {
        /// <summary>Writes <paramref name="form"/> as one JSON object.</summary>
        public static void Write(Utf8JsonWriter writer, WebhookForm form, Func<string, FormValueJson> kindOf)
        {
            if (writer is null)
            {
                throw new ArgumentNullException(nameof(writer));
            }

            if (form is null)
            {
                throw new ArgumentNullException(nameof(form));
            }

            writer.WriteStartObject();
            for (var i = 0; i < form.Count;)
            {
                var name = form[i].Key;
                var kind = kindOf(name);
                var run = RunLength(form, i);
                writer.WritePropertyName(name);

                // A JSON value is itself an array: a run of them would read back as one value, so each is its own property.
                if (run == 1 || kind == FormValueJson.Json)
                {
                    WriteValue(writer, form[i].Value, kind);
                    i++;
                    continue;
                }

                writer.WriteStartArray();
                for (var end = i + run; i < end; i++)
                {
                    WriteValue(writer, form[i].Value, kind);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        /// <summary>Reads the JSON object the reader stands on (or before) into a form, pair for pair.</summary>
        /// <exception cref="JsonException">Not an object of strings, numbers, booleans, arrays of those, or JSON values of JSON parameters.</exception>
        public static WebhookForm Read(ref Utf8JsonReader reader, Func<string, FormValueJson> kindOf, string typeName)
        {
            JsonFields.ReadStartObject(ref reader, typeName);
            var pairs = new List<KeyValuePair<string, string>>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString()!;
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartArray && kindOf(name) != FormValueJson.Json)
                {
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        pairs.Add(new KeyValuePair<string, string>(name, ReadValue(ref reader, name)));
                    }

                    continue;
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    using var value = JsonDocument.ParseValue(ref reader);
                    pairs.Add(new KeyValuePair<string, string>(name, value.RootElement.GetRawText()));
                    continue;
                }

                if (reader.TokenType != JsonTokenType.Null)
                {
                    pairs.Add(new KeyValuePair<string, string>(name, ReadValue(ref reader, name)));
                }
            }

            return WebhookForm.FromPairs(pairs);
        }

        private static int RunLength(WebhookForm form, int start)
        {
            var end = start + 1;
            while (end < form.Count && string.Equals(form[end].Key, form[start].Key, StringComparison.Ordinal))
            {
                end++;
            }

            return end - start;
        }

        private static void WriteValue(Utf8JsonWriter writer, string text, FormValueJson kind)
        {
            switch (kind)
            {
                case FormValueJson.Number when IsCanonicalInteger(text):
                    writer.WriteRawValue(text, skipInputValidation: true);
                    break;
                case FormValueJson.Boolean when text is "true" or "false":
                    writer.WriteBooleanValue(text == "true");
                    break;
                case FormValueJson.Json when IsObjectOrArray(text):
                    writer.WriteRawValue(text);
                    break;
                default:
                    writer.WriteStringValue(text);
                    break;
            }
        }

        private static string ReadValue(ref Utf8JsonReader reader, string name)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    return reader.GetString()!;
                case JsonTokenType.Number:
                    return System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray());
                case JsonTokenType.True:
                    return "true";
                case JsonTokenType.False:
                    return "false";
                default:
                    throw new JsonException($"'{name}' must be a string, a number, a boolean or an array of those; found {reader.TokenType}.");
            }
        }

        private static bool IsCanonicalInteger(string text)
            => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                && string.Equals(value.ToString(CultureInfo.InvariantCulture), text, StringComparison.Ordinal);

        private static bool IsObjectOrArray(string text)
        {
            var trimmed = text.AsSpan().TrimStart();
            return trimmed.Length > 0 && trimmed[0] is '{' or '[' && JsonText.Check(text) is null;
        }
    }
}
