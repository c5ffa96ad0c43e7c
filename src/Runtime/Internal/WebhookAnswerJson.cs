using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;

namespace ConversationHooks.Internal
{
    /// <summary>
    /// A pre-action answer as JSON, in the domain's words: <c>{"action":"continue"}</c>,
    /// <c>{"action":"reject","statusCode":403}</c>, <c>{"action":"change","fields":{"body":"…"}}</c>.
    /// Plumbing the generated answer converters call.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class WebhookAnswerJson
    {
        private const string ActionProperty = "action";
        private const string StatusCodeProperty = "statusCode";
        private const string FieldsProperty = "fields";

        /// <summary>Writes <paramref name="response"/> as one JSON object.</summary>
        public static void Write(Utf8JsonWriter writer, WebhookResponse response)
        {
            if (writer is null)
            {
                throw new ArgumentNullException(nameof(writer));
            }

            if (response is null)
            {
                throw new ArgumentNullException(nameof(response));
            }

            writer.WriteStartObject();
            writer.WriteString(ActionProperty, NameOf(response.Action));
            switch (response.Action)
            {
                case WebhookAnswerAction.Reject:
                    writer.WriteNumber(StatusCodeProperty, response.StatusCode);
                    break;
                case WebhookAnswerAction.Change:
                    writer.WriteStartObject(FieldsProperty);
                    foreach (var field in response.ChangedFields)
                    {
                        writer.WriteString(field.Key, field.Value);
                    }

                    writer.WriteEndObject();
                    break;
            }

            writer.WriteEndObject();
        }

        /// <summary>Reads the answer object the reader stands on (or before); a changed field must be one of <paramref name="fields"/>.</summary>
        /// <exception cref="JsonException">Not an answer of this event (an unknown action, a field it may not change, a status that does not reject).</exception>
        public static WebhookResponse Read(ref Utf8JsonReader reader, IReadOnlyList<string> fields, string typeName)
        {
            JsonFields.ReadStartObject(ref reader, typeName);
            string? action = null;
            int? statusCode = null;
            var changed = new List<KeyValuePair<string, string>>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case ActionProperty:
                        action = JsonFields.ReadString(ref reader, ActionProperty);
                        break;
                    case StatusCodeProperty:
                        statusCode = JsonFields.ReadInt32(ref reader, StatusCodeProperty);
                        break;
                    case FieldsProperty:
                        ReadFields(ref reader, fields, typeName, changed);
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            switch (action)
            {
                case "continue":
                    return WebhookResponse.Continue;
                case "reject":
                    try
                    {
                        return WebhookResponse.Reject(statusCode ?? 403);
                    }
                    catch (ArgumentOutOfRangeException e)
                    {
                        throw new JsonException($"{typeName}: {e.Message}", e);
                    }

                case "change":
                    return WebhookResponse.Change(changed);
                default:
                    throw new JsonException($"{typeName}: 'action' must be \"continue\", \"reject\" or \"change\"; found {(action is null ? "none" : "\"" + action + "\"")}.");
            }
        }

        private static void ReadFields(ref Utf8JsonReader reader, IReadOnlyList<string> allowed, string typeName, List<KeyValuePair<string, string>> changed)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException($"{typeName}: 'fields' must be an object of strings.");
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString()!;
                reader.Read();
                if (!Contains(allowed, name))
                {
                    throw new JsonException($"{typeName}: Twilio lets this event change {(allowed.Count == 0 ? "nothing" : string.Join(", ", allowed))}, not '{name}'.");
                }

                changed.Add(new KeyValuePair<string, string>(name, JsonFields.ReadString(ref reader, name) ?? throw new JsonException($"{typeName}: '{name}' must be a string.")));
            }
        }

        private static bool Contains(IReadOnlyList<string> names, string name)
        {
            for (var i = 0; i < names.Count; i++)
            {
                if (string.Equals(names[i], name, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static string NameOf(WebhookAnswerAction action) => action switch
        {
            WebhookAnswerAction.Reject => "reject",
            WebhookAnswerAction.Change => "change",
            _ => "continue",
        };
    }
}
