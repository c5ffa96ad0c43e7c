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

        private WebhookResponse(int statusCode, string? contentType, string body)
        {
            StatusCode = statusCode;
            ContentType = contentType;
            Body = body;
        }

        /// <summary>The HTTP status code.</summary>
        public int StatusCode { get; }

        /// <summary><c>application/json</c> when there is a body; null when there is none.</summary>
        public string? ContentType { get; }

        /// <summary>The body; empty when there is none.</summary>
        public string Body { get; }

        /// <summary>200 with no body: the action goes ahead unchanged.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static WebhookResponse Continue { get; } = new(200, null, string.Empty);

        /// <summary>Rejects the action with <paramref name="statusCode"/>.</summary>
        /// <exception cref="ArgumentOutOfRangeException">Not a 4xx or 5xx status (anything else would let the action go ahead).</exception>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static WebhookResponse Reject(int statusCode)
            => statusCode >= 400 && statusCode <= 599
                ? new WebhookResponse(statusCode, null, string.Empty)
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

            return new WebhookResponse(200, JsonContentType, Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
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
