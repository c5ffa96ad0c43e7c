using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ConversationHooks
{
    /// <summary>
    /// The HTTP answer to a pre-action webhook, as Twilio reads it: 200 with no body goes ahead
    /// unchanged, 200 with a JSON body goes ahead with those fields changed, a 4xx or 5xx rejects.
    /// Made only by the generated answer types (<c>MessageAddAnswer</c>, ...), which offer exactly
    /// the fields each event may change.
    /// </summary>
    public sealed class WebhookResponse
    {
        private const string JsonContentType = "application/json";

        // Twilio reads the body as JSON, not HTML: quotes inside attributes stay readable (\" not \u0022).
        private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        private WebhookResponse(int statusCode, string? contentType, string body, IReadOnlyList<KeyValuePair<string, string>> changedFields)
        {
            StatusCode = statusCode;
            ContentType = contentType;
            Body = body;
            ChangedFields = changedFields;
        }

        /// <summary>What Twilio does with the action: go ahead unchanged, reject it, or go ahead with <see cref="ChangedFields"/>.</summary>
        public WebhookAnswerAction Action => StatusCode >= 400 ? WebhookAnswerAction.Reject
            : ChangedFields.Count > 0 ? WebhookAnswerAction.Change
            : WebhookAnswerAction.Continue;

        /// <summary>The fields the answer changes (Twilio's snake_case names, their new text), in order; empty unless <see cref="Action"/> is <see cref="WebhookAnswerAction.Change"/>.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> ChangedFields { get; }

        /// <summary>The HTTP status code.</summary>
        public int StatusCode { get; }

        /// <summary><c>application/json</c> when there is a body; null when there is none.</summary>
        public string? ContentType { get; }

        /// <summary>The body; empty when there is none.</summary>
        public string Body { get; }

        /// <summary>200 with no body: the action goes ahead unchanged.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static WebhookResponse Continue { get; } = new(200, null, string.Empty, Array.Empty<KeyValuePair<string, string>>());

        /// <summary>Rejects the action with <paramref name="statusCode"/>.</summary>
        /// <exception cref="ArgumentOutOfRangeException">Not a 4xx or 5xx status (anything else would let the action go ahead).</exception>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static WebhookResponse Reject(int statusCode)
            => statusCode >= 400 && statusCode <= 599
                ? new WebhookResponse(statusCode, null, string.Empty, Array.Empty<KeyValuePair<string, string>>())
                : throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "Twilio rejects an action only on a 4xx or 5xx status.");

        /// <summary>200 with a JSON object of <paramref name="fields"/> (snake_case keys, string values), in order.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static WebhookResponse Change(IReadOnlyList<KeyValuePair<string, string>> fields)
        {
            if (fields is null)
            {
                throw new ArgumentNullException(nameof(fields));
            }

            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, WriterOptions))
            {
                writer.WriteStartObject();
                foreach (var field in fields)
                {
                    writer.WriteString(field.Key, field.Value);
                }

                writer.WriteEndObject();
            }

            return new WebhookResponse(200, JsonContentType, Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length), new List<KeyValuePair<string, string>>(fields).AsReadOnly());
        }

        /// <summary>
        /// Reads the answer a webhook gave over HTTP as Twilio reads it (a tool that calls a webhook, a test):
        /// a 4xx or 5xx rejects, a 2xx with a JSON object changes its fields (a value that is not a string is
        /// kept as its JSON text), any other 2xx goes ahead unchanged.
        /// </summary>
        /// <returns>False when Twilio would take the answer for a failure (not 2xx, 4xx or 5xx: a redirect, say), or a 2xx body is not a JSON object.</returns>
        public static bool TryRead(int statusCode, string? body, out WebhookResponse? response)
        {
            response = null;
            if (statusCode >= 400 && statusCode <= 599)
            {
                response = Reject(statusCode);
                return true;
            }

            if (statusCode < 200 || statusCode > 299)
            {
                return false;
            }

            if (string.IsNullOrWhiteSpace(body))
            {
                response = statusCode == 200 ? Continue : new WebhookResponse(statusCode, null, string.Empty, Array.Empty<KeyValuePair<string, string>>());
                return true;
            }

            var fields = ReadFields(body!);
            if (fields is null)
            {
                return false;
            }

            response = new WebhookResponse(statusCode, JsonContentType, body!, fields);
            return true;
        }

        private static IReadOnlyList<KeyValuePair<string, string>>? ReadFields(string body)
        {
            try
            {
                using var document = JsonDocument.Parse(body);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    return null;
                }

                var fields = new List<KeyValuePair<string, string>>();
                foreach (var field in document.RootElement.EnumerateObject())
                {
                    var text = field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString()! : field.Value.GetRawText();
                    fields.Add(new KeyValuePair<string, string>(field.Name, text));
                }

                return fields.AsReadOnly();
            }
            catch (JsonException)
            {
                return null;
            }
        }

        /// <summary><paramref name="json"/>, checked to be one JSON value (a changed <c>attributes</c>).</summary>
        /// <exception cref="ArgumentException">Not well-formed JSON; names <paramref name="parameterName"/>.</exception>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static string RequireJson(string json, string parameterName)
            => JsonText.Check(json) is { } problem ? throw new ArgumentException($"'{parameterName}' must be JSON text: {problem}", parameterName) : json;

        /// <summary>The status, content type and body.</summary>
        public override string ToString() => $"{StatusCode} {ContentType ?? "(no body)"} {Body}";
    }
}
