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
    /// Every failure to get a usable answer is a <see cref="TwilioApiException"/> whose
    /// <see cref="TwilioApiException.Failure"/> says which: an error answer, an unreadable one, none
    /// (a network failure), none in time (a timeout), or paging that cannot be followed. Only argument errors
    /// and the caller's own cancellation (<see cref="OperationCanceledException"/>) escape as other types.
    /// It retries nothing itself: register it with <c>AddTwilioApiConnection</c> (package
    /// ConversationHooks.DependencyInjection) for retries that follow <see cref="IsIdempotent"/>, or give it an
    /// <see cref="HttpClient"/> whose handlers retry.
    /// </summary>
    public sealed class TwilioApiConnection
    {
        private const string FormMediaType = "application/x-www-form-urlencoded";
        private const string IdempotentOption = "ConversationHooks.Idempotent";
        private static readonly MediaTypeWithQualityHeaderValue s_acceptJson = new MediaTypeWithQualityHeaderValue("application/json");
        private static readonly ProductInfoHeaderValue s_userAgent = new ProductInfoHeaderValue("ConversationHooks", PackageVersion.Text);
#if NET8_0_OR_GREATER
        private static readonly HttpRequestOptionsKey<bool> s_idempotentKey = new HttpRequestOptionsKey<bool>(IdempotentOption);
#endif

        private readonly HttpClient _httpClient;
        private readonly TwilioCredentials _credentials;
        private readonly string _root;
        private readonly string _basePath;
        private int _maxPages = 100;

        /// <summary>A connection through <paramref name="httpClient"/>.</summary>
        /// <param name="httpClient">The client that sends the calls; its handlers (retries, logging) apply.</param>
        /// <param name="credentials">Who calls.</param>
        /// <param name="baseAddress">
        /// Where the Conversations API is: by default the client's <see cref="HttpClient.BaseAddress"/>, else
        /// <see cref="DefaultBaseAddress"/>. Another region or edge is <see cref="RegionalBaseAddress"/>. A path
        /// (a proxy's <c>https://proxy.example.com/twilio</c>) is kept: calls go to <c>/twilio/v1/...</c> there.
        /// </param>
        /// <exception cref="ArgumentNullException"><paramref name="httpClient"/> or <paramref name="credentials"/> is null.</exception>
        /// <exception cref="ArgumentException">
        /// <paramref name="baseAddress"/> is not an absolute http or https URI, or has user information, a query or a fragment.
        /// </exception>
        public TwilioApiConnection(HttpClient httpClient, TwilioCredentials credentials, Uri? baseAddress = null)
        {
            _httpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
            _credentials = credentials ?? throw new ArgumentNullException(nameof(credentials));
            BaseAddress = baseAddress ?? httpClient.BaseAddress ?? DefaultBaseAddress;
            if (!BaseAddress.IsAbsoluteUri || (BaseAddress.Scheme != Uri.UriSchemeHttps && BaseAddress.Scheme != Uri.UriSchemeHttp)
                || BaseAddress.UserInfo.Length > 0 || BaseAddress.Query.Length > 0 || BaseAddress.Fragment.Length > 0)
            {
                // Only the scheme and host are quoted: user information would be a password.
                var shown = BaseAddress.IsAbsoluteUri ? BaseAddress.Scheme + "://" + BaseAddress.Host : "a relative URI";
                throw new ArgumentException($"The base address must be an absolute http or https URI without user information, query or fragment ({shown}...).", nameof(baseAddress));
            }

            _basePath = BaseAddress.AbsolutePath.TrimEnd('/');
            _root = BaseAddress.GetLeftPart(UriPartial.Authority) + _basePath;
        }

        /// <summary>Twilio's Conversations API in its default region: <c>https://conversations.twilio.com</c>.</summary>
        public static Uri DefaultBaseAddress { get; } = new Uri("https://conversations.twilio.com");

        /// <summary>Where the calls go: scheme, host, port and any path before <c>/v1</c>.</summary>
        public Uri BaseAddress { get; }

        /// <summary>
        /// The most pages one list call reads (default 100) before it stops with a <see cref="TwilioApiException"/>
        /// (<see cref="TwilioApiFailure.Paging"/>): a server that keeps answering new next pages is not read for ever.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
        public int MaxPages
        {
            get => _maxPages;
            set => _maxPages = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A list reads at least one page.");
        }

        /// <summary>
        /// The Conversations API in a Twilio region and edge location: <c>https://conversations.{edge}.{region}.twilio.com</c>,
        /// with region <c>us1</c> when only an edge is given (as Twilio's SDKs do); <see cref="DefaultBaseAddress"/> when neither is.
        /// </summary>
        /// <param name="region">A region such as <c>ie1</c>; null or empty for none.</param>
        /// <param name="edge">An edge location such as <c>dublin</c>; null or empty for none.</param>
        /// <exception cref="ArgumentException">A value is not a host name label (letters, digits and '-').</exception>
        public static Uri RegionalBaseAddress(string? region, string? edge)
        {
            CheckLabel(region, nameof(region));
            CheckLabel(edge, nameof(edge));
            if (string.IsNullOrEmpty(region) && string.IsNullOrEmpty(edge))
            {
                return DefaultBaseAddress;
            }

            var host = string.IsNullOrEmpty(edge) ? $"conversations.{region}" : $"conversations.{edge}.{(string.IsNullOrEmpty(region) ? "us1" : region)}";
            return new Uri($"https://{host.ToLowerInvariant()}.twilio.com");
        }

        /// <summary>
        /// Whether <paramref name="request"/> can be sent again after a failure that may have come after Twilio acted
        /// (a 5xx, a lost connection, a timeout): true for the connection's fetches, lists, updates and deletes, false
        /// for its creates (a create sent twice makes two resources). A request the connection did not send is judged
        /// by its method: every method but POST. For retry handlers.
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
        public static bool IsIdempotent(HttpRequestMessage request)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

#if NET8_0_OR_GREATER
            if (request.Options.TryGetValue(s_idempotentKey, out var idempotent))
            {
                return idempotent;
            }
#else
            if (request.Properties.TryGetValue(IdempotentOption, out var marked) && marked is bool idempotent)
            {
                return idempotent;
            }
#endif

            return request.Method != HttpMethod.Post;
        }

        /// <summary>Who calls (the SIDs; the secret is not shown).</summary>
        public TwilioCredentials Credentials => _credentials;

        /// <summary>
        /// Sends one call and reads its JSON answer with <paramref name="read"/>; <paramref name="idempotent"/> says
        /// whether it may run twice (see <see cref="IsIdempotent"/>). For generated code.
        /// </summary>
        /// <exception cref="TwilioApiException">No answer, an error answer, or an answer that could not be read.</exception>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public async Task<T> SendAsync<T>(string method, string path, IFormContent? form, bool idempotent, Utf8Converter<T> read, CancellationToken cancellationToken)
        {
            if (read is null)
            {
                throw new ArgumentNullException(nameof(read));
            }

            var answer = await ExchangeAsync(method, path, form, idempotent, cancellationToken).ConfigureAwait(false);
            try
            {
                return read(answer.Body);
            }
            catch (Exception e) when (e is JsonException || e is FormatException)
            {
                throw new TwilioApiException($"The answer to {method} {path} ({(int)answer.Status}) is not the JSON expected: {e.Message}", TwilioApiFailure.UnreadableAnswer, answer.Status, innerException: e);
            }
        }

        /// <summary>
        /// Reads a list: GETs <paramref name="path"/> with <paramref name="query"/>, then each next page (see
        /// <paramref name="nextPageUrl"/>) at this connection's base address, and answers the items of every page in order.
        /// For generated code.
        /// </summary>
        /// <exception cref="TwilioApiException">
        /// No answer, an error answer or one that could not be read on any page, a next page of another resource, a
        /// next page already read (paging that loops), or more than <see cref="MaxPages"/> pages.
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
                    throw new TwilioApiException($"The list at GET {path} points back to a page already read ({next}): its paging loops.", TwilioApiFailure.Paging);
                }

                if (visited.Count > _maxPages)
                {
                    throw new TwilioApiException($"The list at GET {path} has more than {_maxPages} pages (MaxPages); its next page is {next}. A server that keeps answering new pages is not read for ever.", TwilioApiFailure.Paging);
                }

                var page = await SendAsync("GET", next, null, idempotent: true, read, cancellationToken).ConfigureAwait(false);
                all.AddRange(items(page) ?? Array.Empty<TItem>());
                next = NextPage.PathAndQuery(nextPageUrl(page), path, _basePath);
            }

            return all.AsReadOnly();
        }

        /// <summary>Sends one call whose answer has no body (a delete, which may run twice). For generated code.</summary>
        /// <exception cref="TwilioApiException">No answer, an error answer, or an answer that could not be read.</exception>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public Task SendAsync(string method, string path, CancellationToken cancellationToken)
            => ExchangeAsync(method, path, null, idempotent: true, cancellationToken);

        private async Task<Answer> ExchangeAsync(string method, string path, IFormContent? form, bool idempotent, CancellationToken cancellationToken)
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
            request.Headers.UserAgent.Add(s_userAgent);
#if NET8_0_OR_GREATER
            request.Options.Set(s_idempotentKey, idempotent);
#else
            request.Properties[IdempotentOption] = idempotent;
#endif
            if (form is not null)
            {
                // The body is percent-encoded ASCII: no charset parameter, as Twilio's SDKs send it.
                var content = new ByteArrayContent(Encoding.ASCII.GetBytes(FormWriter.ToFormBody(form)));
                content.Headers.ContentType = new MediaTypeHeaderValue(FormMediaType);
                request.Content = content;
            }

            // Headers first: the body is read below, where a cut-short body becomes a clear exception.
            using var response = await SendRequestAsync(request, method + " " + path, cancellationToken).ConfigureAwait(false);
            // HttpClient.Timeout ends at the headers (ResponseHeadersRead): the body gets as long again, not for ever.
            using var bodyDeadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (_httpClient.Timeout != Timeout.InfiniteTimeSpan)
            {
                bodyDeadline.CancelAfter(_httpClient.Timeout);
            }

            var body = await ReadBodyAsync(response, method, path, bodyDeadline.Token, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw TwilioErrorAnswer.ToException(response.StatusCode, body, method + " " + path);
            }

            return new Answer(response.StatusCode, body);
        }

        private static void CheckLabel(string? label, string parameter)
        {
            if (string.IsNullOrEmpty(label))
            {
                return;
            }

            foreach (var c in label!)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
                {
                    throw new ArgumentException($"'{label}' is not a Twilio {parameter}: a host name label has letters, digits and '-' only.", parameter);
                }
            }
        }

        /// <summary>Sends <paramref name="request"/>; no answer, or none in time, is a <see cref="TwilioApiException"/>.</summary>
        private async Task<HttpResponseMessage> SendRequestAsync(HttpRequestMessage request, string call, CancellationToken cancellationToken)
        {
            try
            {
                return await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && (e is OperationCanceledException || e is TimeoutException))
            {
                // HttpClient.Timeout cancels without the caller's token; resilience handlers time out with TimeoutException.
                throw new TwilioApiException($"No answer to {call} in time: {e.Message}", TwilioApiFailure.Timeout, innerException: e);
            }
            catch (HttpRequestException e)
            {
                throw new TwilioApiException($"No answer to {call}: {e.Message}", TwilioApiFailure.NoAnswer, innerException: e);
            }
        }

        // readToken ends the read (the caller's token or the body's deadline); cancellationToken is the caller's alone.
        private static async Task<byte[]> ReadBodyAsync(HttpResponseMessage response, string method, string path, CancellationToken readToken, CancellationToken cancellationToken)
        {
            try
            {
#if NET8_0_OR_GREATER
                return await response.Content.ReadAsByteArrayAsync(readToken).ConfigureAwait(false);
#else
                // No cancellable read here: disposing the response ends a read that waits.
                using (readToken.Register(static r => ((IDisposable)r!).Dispose(), response))
                {
                    return await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                }
#endif
            }
            catch (Exception e) when (cancellationToken.IsCancellationRequested)
            {
                throw e as OperationCanceledException ?? new OperationCanceledException(cancellationToken);
            }
            catch (Exception e) when (readToken.IsCancellationRequested)
            {
                throw new TwilioApiException($"The answer to {method} {path} ({(int)response.StatusCode}) did not complete its body in time.", TwilioApiFailure.Timeout, response.StatusCode, innerException: e);
            }
            catch (Exception e) when (e is IOException || e is HttpRequestException || e is ObjectDisposedException)
            {
                throw new TwilioApiException($"The answer to {method} {path} ({(int)response.StatusCode}) ended before its body was complete: {e.Message}", TwilioApiFailure.UnreadableAnswer, response.StatusCode, innerException: e);
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
