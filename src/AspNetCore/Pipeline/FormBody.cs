using System;
using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ConversationHooks.AspNetCore.Pipeline
{
    /// <summary>Reads a POST's form body, no further than the limit.</summary>
    internal static class FormBody
    {
        private const string FormContentType = "application/x-www-form-urlencoded";

        /// <summary>True for <c>application/x-www-form-urlencoded</c> (any parameters, such as a charset); what Twilio sends.</summary>
        public static bool HasFormContentType(HttpRequest request)
            => MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
                && mediaType.MediaType.Equals(FormContentType, StringComparison.OrdinalIgnoreCase);

        /// <summary>The body as text; null when it is longer than <paramref name="limit"/> bytes (the rest is never read).</summary>
        public static async Task<string?> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
        {
            if (request.ContentLength > limit)
            {
                return null;
            }

            var reader = request.BodyReader;
            while (true)
            {
                var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                var buffer = result.Buffer;
                if (buffer.Length > limit)
                {
                    reader.AdvanceTo(buffer.Start, buffer.End);
                    return null;
                }

                if (result.IsCompleted)
                {
                    // A form body is ASCII (percent-escapes for the rest): UTF-8 reads it as it is, and a stray
                    // byte becomes U+FFFD, which the form parser then names as the problem.
                    var text = Encoding.UTF8.GetString(buffer);
                    reader.AdvanceTo(buffer.End);
                    return text;
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
    }
}
