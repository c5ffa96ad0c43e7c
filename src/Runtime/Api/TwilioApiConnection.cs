using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Net;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ConversationHooks.Internal;

namespace ConversationHooks
{
    /// <summary>
    /// Twilio's REST API over an <see cref="HttpClient"/>: where it is (<see cref="BaseAddress"/>), who
    /// calls it (<see cref="TwilioCredentials"/>), and how an answer becomes a value or a
    /// <see cref="TwilioApiException"/>. The generated <c>WebhookConfigurationClient</c> calls through it.
    /// It retries nothing itself: register it with <c>AddTwilioApiConnection</c> (package
    /// ConversationHooks.DependencyInjection) for retries of 429 and 5xx answers, or give it an
    /// <see cref="HttpClient"/> whose handlers retry. No answer at all (a network failure) stays the
    /// <see cref="HttpClient"/>'s <see cref="HttpRequestException"/>.
    /// </summary>
    public sealed class TwilioApiConnection
    {
        private const string FormMediaType = "application/x-www-form-urlencoded";
        private static readonly MediaTypeWithQualityHeaderValue s_acceptJson = new MediaTypeWithQualityHeaderValue("application/json");

        private readonly HttpClient _httpClient;
        private readonly TwilioCredentials _credentials;
        private readonly string _root;

        /// <summary>A connection through <paramref name="httpClient"/>.</summary>
        /// <param name="httpClient">The client that sends the calls; its handlers (retries, logging) apply.</param>
        /// <param name="credentials">Who calls.</param>
        /// <param name="baseAddress">
        /// Where the Conversations API is: by default the client's <see cref="HttpClient.BaseAddress"/>, else
        /// <see cref="DefaultBaseAddress"/>. Another region or edge is <c>https://conversations.{edge}.{region}.twilio.com</c>.
        /// </param>
        /// <exception cref="ArgumentNullException"><paramref name="httpClient"/> or <paramref name="credentials"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="baseAddress"/> is not an absolute http or https URI.</exception>
        public TwilioApiConnection(HttpClient httpClient, TwilioCredentials credentials, Uri? baseAddress = null)
        {
            _httpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
            _credentials = credentials ?? throw new ArgumentNullException(nameof(credentials));
            BaseAddress = baseAddress ?? httpClient.BaseAddress ?? DefaultBaseAddress;
            if (!BaseAddress.IsAbsoluteUri || (BaseAddress.Scheme != Uri.UriSchemeHttps && BaseAddress.Scheme != Uri.UriSchemeHttp))
            {
                throw new ArgumentException($"The base address must be an absolute http or https URI, not '{BaseAddress}'.", nameof(baseAddress));
            }

            _root = BaseAddress.GetLeftPart(UriPartial.Authority);
        }

        /// <summary>Twilio's Conversations API in its default region: <c>https://conversations.twilio.com</c>.</summary>
        public static Uri DefaultBaseAddress { get; } = new Uri("https://conversations.twilio.com");

        /// <summary>Where the calls go (scheme, host and port; paths start at <c>/v1</c>).</summary>
        public Uri BaseAddress { get; }

        /// <summary>Who calls (the SIDs; the secret is not shown).</summary>
        public TwilioCredentials Credentials => _credentials;

        /// <summary>Sends one call and reads its JSON answer with <paramref name="read"/>. For generated code.</summary>
        /// <exception cref="TwilioApiException">An error answer, or an answer that could not be read.</exception>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public async Task<T> SendAsync<T>(string method, string path, IFormContent? form, Utf8Converter<T> read, CancellationToken cancellationToken)
        {
            if (read is null)
            {
                throw new ArgumentNullException(nameof(read));
            }

            var answer = await ExchangeAsync(method, path, form, cancellationToken).ConfigureAwait(false);
            try
            {
                return read(answer.Body);
            }
            catch (Exception e) when (e is JsonException || e is FormatException)
            {
                throw new TwilioApiException($"The answer to {method} {path} ({(int)answer.Status}) is not the JSON expected: {e.Message}", answer.Status, innerException: e);
            }
        }

        /// <summary>
        /// Reads a list: GETs <paramref name="path"/> with <paramref name="query"/>, then each next page (see
        /// <paramref name="nextPageUrl"/>) at this connection's base address, and answers the items of every page in order.
        /// For generated code.
        /// </summary>
        /// <exception cref="TwilioApiException">
        /// An error answer on any page, an answer that could not be read, a next page of another resource, or a
        /// next page already read (a server whose paging loops would otherwise be read for ever).
        /// </exception>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public async Task<IReadOnlyList<TItem>> ListAsync<TPage, TItem>(
            string path,
            IFormContent? query,
            Utf8Converter<TPage> read,
            Func<TPage, IReadOnlyList<TItem>?> items,
            Func<TPage, string?> nextPageUrl,
            CancellationToken cancellationToken)
        {
            if (path is null || read is null || items is null || nextPageUrl is null)
            {
                throw new ArgumentNullException(path is null ? nameof(path) : read is null ? nameof(read) : items is null ? nameof(items) : nameof(nextPageUrl));
            }

            var all = new List<TItem>();
            var visited = new HashSet<string>(StringComparer.Ordinal);
            var queryString = query is null ? string.Empty : FormWriter.ToFormBody(query);
            var next = queryString.Length == 0 ? path : path + "?" + queryString;
            while (next is not null)
            {
                if (!visited.Add(next))
                {
                    throw new TwilioApiException($"The list at GET {path} points back to a page already read ({next}): its paging loops.", HttpStatusCode.OK);
                }

                var page = await SendAsync("GET", next, null, read, cancellationToken).ConfigureAwait(false);
                all.AddRange(items(page) ?? Array.Empty<TItem>());
                next = NextPage.PathAndQuery(nextPageUrl(page), path);
            }

            return all.AsReadOnly();
        }

        /// <summary>Sends one call whose answer has no body (a delete). For generated code.</summary>
        /// <exception cref="TwilioApiException">An error answer, or an answer that could not be read.</exception>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public Task SendAsync(string method, string path, CancellationToken cancellationToken)
            => ExchangeAsync(method, path, null, cancellationToken);

        private async Task<Answer> ExchangeAsync(string method, string path, IFormContent? form, CancellationToken cancellationToken)
        {
            if (method is null)
            {
                throw new ArgumentNullException(nameof(method));
            }

            if (path is null)
            {
                throw new ArgumentNullException(nameof(path));
            }

            using var request = new HttpRequestMessage(new HttpMethod(method), _root + path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", _credentials.BasicParameter);
            request.Headers.Accept.Add(s_acceptJson);
            if (form is not null)
            {
                // The body is percent-encoded ASCII: no charset parameter, as Twilio's SDKs send it.
                var content = new ByteArrayContent(Encoding.ASCII.GetBytes(FormWriter.ToFormBody(form)));
                content.Headers.ContentType = new MediaTypeHeaderValue(FormMediaType);
                request.Content = content;
            }

            // Headers first: the body is read below, where a cut-short body becomes a clear exception.
            using var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var body = await ReadBodyAsync(response, method, path, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw TwilioErrorAnswer.ToException(response.StatusCode, body, method + " " + path);
            }

            return new Answer(response.StatusCode, body);
        }

        private static async Task<byte[]> ReadBodyAsync(HttpResponseMessage response, string method, string path, CancellationToken cancellationToken)
        {
            try
            {
#if NET8_0_OR_GREATER
                return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
#else
                // No cancellable read here: disposing the response ends a read that waits.
                using (cancellationToken.Register(static r => ((IDisposable)r!).Dispose(), response))
                {
                    return await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                }
#endif
            }
            catch (Exception e) when (cancellationToken.IsCancellationRequested && !(e is OperationCanceledException))
            {
                throw new OperationCanceledException(cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && (e is IOException || e is HttpRequestException || e is ObjectDisposedException))
            {
                throw new TwilioApiException($"The answer to {method} {path} ({(int)response.StatusCode}) ended before its body was complete: {e.Message}", response.StatusCode, innerException: e);
            }
        }

        private readonly struct Answer
        {
            public Answer(System.Net.HttpStatusCode status, byte[] body)
            {
                Status = status;
                Body = body;
            }

            public System.Net.HttpStatusCode Status { get; }

            public byte[] Body { get; }
        }
    }
}
