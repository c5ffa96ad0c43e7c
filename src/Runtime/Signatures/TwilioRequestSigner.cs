using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using ConversationHooks.Signatures;

namespace ConversationHooks
{
    /// <summary>
    /// Signs webhook requests as Twilio does (<c>X-Twilio-Signature</c>): the counterpart of
    /// <see cref="TwilioRequestValidator"/>, for tests and tools that send a webhook to a receiver. HMAC-SHA1
    /// keyed with the auth token over the URL as given, then each form parameter's name and value sorted by
    /// name (a repeated name once per distinct value, values sorted), in Base64. Thread-safe; keep one.
    /// </summary>
    public sealed class TwilioRequestSigner
    {
        private readonly HmacKey _key;

        /// <summary>A signer for requests Twilio would sign with <paramref name="authToken"/>.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="authToken"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="authToken"/> is empty.</exception>
        public TwilioRequestSigner([Secret] string authToken)
        {
            if (authToken is null)
            {
                throw new ArgumentNullException(nameof(authToken));
            }

            if (authToken.Length == 0)
            {
                throw new ArgumentException("The auth token is empty.", nameof(authToken));
            }

            _key = new HmacKey(SignatureAlgorithm.HmacSha1, Encoding.UTF8.GetBytes(authToken));
        }

        /// <summary>The signature of a form POST to <paramref name="url"/> with <paramref name="parameters"/> (decoded pairs, repeated names included).</summary>
        /// <param name="url">The URL Twilio calls, exactly as the receiver will rebuild it (scheme, host, port if any, path, query).</param>
        /// <param name="parameters">The form's pairs, decoded.</param>
        /// <returns>The <c>X-Twilio-Signature</c> header's value.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="url"/> or <paramref name="parameters"/> is null.</exception>
        /// <exception cref="ArgumentException">A pair with a null name or value.</exception>
        public string Sign(string url, IReadOnlyList<KeyValuePair<string, string>> parameters)
        {
            if (url is null)
            {
                throw new ArgumentNullException(nameof(url));
            }

            if (parameters is null)
            {
                throw new ArgumentNullException(nameof(parameters));
            }

            var urlBytes = Utf8.Count(url, 0, url.Length);
            var buffer = ArrayPool<byte>.Shared.Rent(urlBytes + SignedParameters.MaxByteCount(parameters));
            try
            {
                var length = Utf8.Write(url, 0, url.Length, buffer, 0);
                length += SignedParameters.Write(parameters, buffer, length);
                return _key.Sign(buffer, 0, length);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        /// <summary>The signature of a form POST to <paramref name="url"/> with the body <paramref name="formBody"/>.</summary>
        /// <param name="url">The URL Twilio calls, exactly as the receiver will rebuild it.</param>
        /// <param name="formBody">The <c>application/x-www-form-urlencoded</c> body.</param>
        /// <returns>The <c>X-Twilio-Signature</c> header's value.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="url"/> or <paramref name="formBody"/> is null.</exception>
        /// <exception cref="FormatException"><paramref name="formBody"/> is not a form (a malformed escape).</exception>
        public string SignFormBody(string url, string formBody)
            => Sign(url, WebhookForm.Parse(formBody ?? throw new ArgumentNullException(nameof(formBody))));

        /// <summary>The signature of a request whose parameters are in <paramref name="url"/>'s query string (a GET webhook): Twilio signs the URL alone.</summary>
        /// <param name="url">The URL Twilio calls, query string included.</param>
        /// <returns>The <c>X-Twilio-Signature</c> header's value.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
        public string SignUrl(string url) => Sign(url, Array.Empty<KeyValuePair<string, string>>());

        /// <summary>The type's name; never the token.</summary>
        public override string ToString() => nameof(TwilioRequestSigner);
    }
}
