using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;

namespace ConversationHooks
{
    /// <summary>
    /// A webhook request as Twilio sends it, signed: for integration tests (<c>WebApplicationFactory</c>) and
    /// tools that call a receiver. A POST carries the form as its body; a GET carries it in the URL's query.
    /// Headers: <c>X-Twilio-Signature</c>, <c>I-Twilio-Idempotency-Token</c> (a redelivery repeats it) and
    /// Twilio's <c>User-Agent</c>. Immutable.
    /// </summary>
    public sealed class SignedWebhookRequest
    {
        /// <summary>The header that carries the token Twilio repeats on every retry of one delivery.</summary>
        public const string IdempotencyTokenHeaderName = "I-Twilio-Idempotency-Token";

        private const string FormContentType = "application/x-www-form-urlencoded";
        private const string TwilioUserAgent = "TwilioProxy/1.1";

        private SignedWebhookRequest(string method, string url, WebhookForm form, string signature, string idempotencyToken)
        {
            Method = method;
            Url = url;
            Form = form;
            Signature = signature;
            IdempotencyToken = idempotencyToken;
            Headers = new[]
            {
                new KeyValuePair<string, string>(TwilioRequestValidator.SignatureHeaderName, signature),
                new KeyValuePair<string, string>(IdempotencyTokenHeaderName, idempotencyToken),
                new KeyValuePair<string, string>("User-Agent", TwilioUserAgent),
            };
        }

        /// <summary><c>POST</c> or <c>GET</c>.</summary>
        public string Method { get; }

        /// <summary>The URL the request goes to; a GET's has the form in its query.</summary>
        public string Url { get; }

        /// <summary>The request's pairs.</summary>
        public WebhookForm Form { get; }

        /// <summary>A POST's body (<c>application/x-www-form-urlencoded</c>); empty for a GET.</summary>
        public string FormBody => Method == "POST" ? Form.ToFormBody() : string.Empty;

        /// <summary>The <c>X-Twilio-Signature</c> header's value.</summary>
        public string Signature { get; }

        /// <summary>The <c>I-Twilio-Idempotency-Token</c> header's value.</summary>
        public string IdempotencyToken { get; }

        /// <summary>The headers Twilio sends beside the body: the signature, the idempotency token and its <c>User-Agent</c> (a POST's <c>Content-Type</c> is the body's own).</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

        /// <summary>A form POST to <paramref name="url"/>, signed for it.</summary>
        /// <param name="url">Where the request goes, and what it is signed for (unless <paramref name="signedUrl"/> is given).</param>
        /// <param name="form">The request's pairs (a builder's <c>ToForm()</c>).</param>
        /// <param name="signer">The signer of the receiver's auth token.</param>
        /// <param name="signedUrl">The URL the receiver checks the signature against when it is not <paramref name="url"/> (a public URL behind a tunnel or proxy).</param>
        /// <param name="idempotencyToken">The delivery's token (give the same one to send a redelivery); a new one when null.</param>
        /// <exception cref="ArgumentNullException"><paramref name="url"/>, <paramref name="form"/> or <paramref name="signer"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="url"/> or <paramref name="signedUrl"/> is not an absolute http or https URL.</exception>
        public static SignedWebhookRequest Post(string url, WebhookForm form, TwilioRequestSigner signer, string? signedUrl = null, string? idempotencyToken = null)
        {
            Check(url, form, signer, signedUrl);
            return new SignedWebhookRequest("POST", url, form, signer.Sign(signedUrl ?? url, form), idempotencyToken ?? NewToken());
        }

        /// <summary>A GET to <paramref name="url"/> with the form in its query, signed as Twilio signs a GET (the whole URL).</summary>
        /// <param name="url">Where the request goes (the query is appended to it), and what it is signed for (unless <paramref name="signedUrl"/> is given).</param>
        /// <param name="form">The request's pairs.</param>
        /// <param name="signer">The signer of the receiver's auth token.</param>
        /// <param name="signedUrl">The URL the receiver checks the signature against (the query is appended to it too).</param>
        /// <param name="idempotencyToken">The delivery's token; a new one when null.</param>
        /// <exception cref="ArgumentNullException"><paramref name="url"/>, <paramref name="form"/> or <paramref name="signer"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="url"/> or <paramref name="signedUrl"/> is not an absolute http or https URL.</exception>
        public static SignedWebhookRequest Get(string url, WebhookForm form, TwilioRequestSigner signer, string? signedUrl = null, string? idempotencyToken = null)
        {
            Check(url, form, signer, signedUrl);
            var withQuery = WithQuery(url, form);
            return new SignedWebhookRequest("GET", withQuery, form, signer.SignUrl(signedUrl is null ? withQuery : WithQuery(signedUrl, form)), idempotencyToken ?? NewToken());
        }

        /// <summary>The request as an <see cref="HttpRequestMessage"/> (dispose it), for an <see cref="HttpClient"/> or a test server's client.</summary>
        public HttpRequestMessage ToHttpRequestMessage()
        {
            var request = new HttpRequestMessage(Method == "POST" ? HttpMethod.Post : HttpMethod.Get, Url);
            if (Method == "POST")
            {
                request.Content = new StringContent(FormBody, Encoding.UTF8, FormContentType);
            }

            foreach (var header in Headers)
            {
                request.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            return request;
        }

        /// <summary>The method and URL; never the body or the signature.</summary>
        public override string ToString() => Method + " " + Url;

        private static void Check(string url, WebhookForm form, TwilioRequestSigner signer, string? signedUrl)
        {
            if (url is null)
            {
                throw new ArgumentNullException(nameof(url));
            }

            if (form is null)
            {
                throw new ArgumentNullException(nameof(form));
            }

            if (signer is null)
            {
                throw new ArgumentNullException(nameof(signer));
            }

            CheckUrl(url, nameof(url));
            if (signedUrl is not null)
            {
                CheckUrl(signedUrl, nameof(signedUrl));
            }
        }

        private static void CheckUrl(string url, string parameterName)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new ArgumentException($"'{url}' is not an absolute http or https URL.", parameterName);
            }
        }

        private static string WithQuery(string url, WebhookForm form)
            => form.Count == 0 ? url : url + (url.IndexOf('?') < 0 ? "?" : "&") + form.ToFormBody();

        private static string NewToken() => Guid.NewGuid().ToString("N");
    }
}
