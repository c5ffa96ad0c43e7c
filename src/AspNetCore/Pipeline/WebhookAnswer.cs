using System;
using System.Text;

namespace ConversationHooks.AspNetCore.Pipeline
{
    /// <summary>
    /// What the endpoint answered a signed event, and why (the outcome logs and metrics name): what a
    /// redelivery of the same event is answered again. <see cref="Remember"/> is false after a failure, so
    /// that Twilio's retry runs the handler again.
    /// </summary>
    internal sealed class WebhookAnswer
    {
        public WebhookAnswer(int statusCode, string? contentType, string body, string outcome, bool remember)
        {
            StatusCode = statusCode;
            ContentType = contentType;
            Body = body;
            Outcome = outcome;
            Remember = remember;
        }

        public int StatusCode { get; }

        public string? ContentType { get; }

        public string Body { get; }

        public string Outcome { get; }

        public bool Remember { get; }

        public static WebhookAnswer Of(WebhookResponse response, string outcome, bool remember = true)
            => new(response.StatusCode, response.ContentType, response.Body, outcome, remember);

        /// <summary>Status, content type and body, one per line (the body last: it may hold line breaks).</summary>
        public byte[] ToBytes() => Encoding.UTF8.GetBytes($"{StatusCode}\n{ContentType}\n{Body}");

        /// <summary>An answer <see cref="ToBytes"/> wrote, as a duplicate's answer; null when the bytes are not one.</summary>
        public static WebhookAnswer? FromBytes(byte[] bytes)
        {
            var text = Encoding.UTF8.GetString(bytes);
            var first = text.IndexOf('\n');
            var second = first < 0 ? -1 : text.IndexOf('\n', first + 1);
            if (second < 0 || !int.TryParse(text.AsSpan(0, first), out var status))
            {
                return null;
            }

            var contentType = text.Substring(first + 1, second - first - 1);
            return new WebhookAnswer(status, contentType.Length == 0 ? null : contentType, text.Substring(second + 1), Outcomes.Duplicate, remember: false);
        }
    }
}
