using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ConversationHooks.Signatures;

namespace ConversationHooks
{
    /// <summary>
    /// Checks that a webhook request comes from Twilio: its <c>X-Twilio-Signature</c> is the HMAC of
    /// the URL Twilio called followed by the sorted form parameters, keyed with your auth token
    /// (HMAC-SHA1), or with a SharedKey secret when <c>X-Twilio-Webhooks-Signature-Settings</c> names
    /// one. Unlike <c>Twilio.Security.RequestValidator</c> it accepts what Twilio signs for repeated
    /// parameters (group MMS), checks JSON bodies against <c>bodySHA256</c>, and takes several tokens
    /// at once while one is being rotated. Immutable and thread-safe; no secret ever appears in its
    /// messages, exceptions or <see cref="ToString"/>.
    /// </summary>
    /// <remarks>
    /// Give it the public URL Twilio called (scheme, host, port if any, path, full query string); behind a
    /// proxy, rebuild it from the forwarded headers, not from the local listener. The URL is tried with
    /// and without the scheme's default port, and without and with credentials.
    /// </remarks>
    public sealed class TwilioRequestValidator
    {
        /// <summary>The header that carries the signature.</summary>
        public const string SignatureHeaderName = "X-Twilio-Signature";

        /// <summary>The header that says which SharedKey and algorithm signed the request (absent: the auth token and HMAC-SHA1).</summary>
        public const string SignatureSettingsHeaderName = "X-Twilio-Webhooks-Signature-Settings";

        private readonly HmacKey[] _authTokens;
        private readonly SharedKey[] _sharedKeys;

        /// <summary>A validator for requests signed with <paramref name="authToken"/>.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="authToken"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="authToken"/> is empty.</exception>
        public TwilioRequestValidator([Secret] string authToken)
            : this(new[] { authToken ?? throw new ArgumentNullException(nameof(authToken)) })
        {
        }

        /// <summary>
        /// A validator that accepts a signature made with any of <paramref name="authTokens"/>: during a
        /// rotation, the primary and the secondary token.
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="authTokens"/> is null.</exception>
        /// <exception cref="ArgumentException">A token is null or empty, or there is none.</exception>
        public TwilioRequestValidator([Secret] IEnumerable<string> authTokens)
            : this(authTokens, Array.Empty<KeyValuePair<string, string>>())
        {
        }

        /// <summary>
        /// A validator that also accepts requests signed with a SharedKey (Twilio's Webhooks Rules, public
        /// beta) with HMAC-SHA256, the algorithm Twilio documents: each pair is a key id, as
        /// <c>X-Twilio-Webhooks-Signature-Settings</c> names it, and its secret. An id may come more than once,
        /// with each secret it may be signed with. Tokens may be empty when every webhook is signed with a
        /// SharedKey. For another algorithm, give <see cref="TwilioSharedKey"/>s.
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="authTokens"/> or <paramref name="sharedKeys"/> is null.</exception>
        /// <exception cref="ArgumentException">A token, id or secret is null or empty, or there is no secret at all.</exception>
        public TwilioRequestValidator([Secret] IEnumerable<string> authTokens, IEnumerable<KeyValuePair<string, string>> sharedKeys)
            : this(authTokens, (sharedKeys ?? throw new ArgumentNullException(nameof(sharedKeys))).Select((key, i) => SharedKeyOf(key, i)))
        {
        }

        /// <summary>
        /// A validator that also accepts requests signed with the SharedKeys <paramref name="sharedKeys"/>, each with
        /// its own algorithm: a request whose <c>X-Twilio-Webhooks-Signature-Settings</c> names another algorithm for
        /// the key is <see cref="WebhookSignatureFailure.UnexpectedAlgorithm"/> (the header is not signed). An id may
        /// come more than once, with each secret it may be signed with.
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="authTokens"/> or <paramref name="sharedKeys"/> is null.</exception>
        /// <exception cref="ArgumentException">A token is null or empty, a key is null, or there is no secret at all.</exception>
        public TwilioRequestValidator([Secret] IEnumerable<string> authTokens, IEnumerable<TwilioSharedKey> sharedKeys)
        {
            if (authTokens is null)
            {
                throw new ArgumentNullException(nameof(authTokens));
            }

            if (sharedKeys is null)
            {
                throw new ArgumentNullException(nameof(sharedKeys));
            }

            _authTokens = authTokens.Select((token, i) => new HmacKey(SignatureAlgorithm.HmacSha1, Secret(token, nameof(authTokens), i))).ToArray();
            _sharedKeys = sharedKeys
                .Select((key, i) => key ?? throw new ArgumentException($"The shared key at index {i} is null.", nameof(sharedKeys)))
                .GroupBy(key => (key.Id, key.Algorithm))
                .Select(group => new SharedKey(group.Key.Id, group.Key.Algorithm, group.Select(key => Encoding.UTF8.GetBytes(key.Secret)).ToArray()))
                .ToArray();
            if (_authTokens.Length == 0 && _sharedKeys.Length == 0)
            {
                throw new ArgumentException("At least one auth token or shared key is needed.", nameof(authTokens));
            }
        }

        /// <summary>
        /// Checks a request whose parameters are already decoded: a form POST's body parameters, in any
        /// order, repeated names included (for a GET, the parameters are in <paramref name="url"/>: pass none).
        /// </summary>
        /// <param name="url">The full URL Twilio called.</param>
        /// <param name="parameters">The decoded form parameters.</param>
        /// <param name="signature">The <c>X-Twilio-Signature</c> header; null when the request has none.</param>
        /// <param name="signatureSettings">The <c>X-Twilio-Webhooks-Signature-Settings</c> header; null when the request has none.</param>
        /// <param name="failure">Why the request is not valid; <see cref="WebhookSignatureFailure.None"/> when it is.</param>
        /// <returns>Whether Twilio signed this request with one of the configured secrets.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="url"/> or <paramref name="parameters"/> is null.</exception>
        /// <exception cref="ArgumentException">A parameter has a null name or value.</exception>
        public bool IsValid(string url, IReadOnlyList<KeyValuePair<string, string>> parameters, string? signature, string? signatureSettings, out WebhookSignatureFailure failure)
        {
            if (url is null)
            {
                throw new ArgumentNullException(nameof(url));
            }

            if (parameters is null)
            {
                throw new ArgumentNullException(nameof(parameters));
            }

            failure = Check(new SignedUrl(url), parameters, signature, signatureSettings);
            return failure == WebhookSignatureFailure.None;
        }

        /// <summary>
        /// Checks a form POST from its raw <c>application/x-www-form-urlencoded</c> body, decoded strictly
        /// (<see cref="FormReader.Parse"/>): a malformed body is <see cref="WebhookSignatureFailure.MalformedFormBody"/>.
        /// </summary>
        /// <param name="url">The full URL Twilio called.</param>
        /// <param name="formBody">The request body as it arrived.</param>
        /// <param name="signature">The <c>X-Twilio-Signature</c> header; null when the request has none.</param>
        /// <param name="signatureSettings">The <c>X-Twilio-Webhooks-Signature-Settings</c> header; null when the request has none.</param>
        /// <param name="failure">Why the request is not valid; <see cref="WebhookSignatureFailure.None"/> when it is.</param>
        /// <returns>Whether Twilio signed this request with one of the configured secrets.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="url"/> or <paramref name="formBody"/> is null.</exception>
        public bool IsValidFormBody(string url, string formBody, string? signature, string? signatureSettings, out WebhookSignatureFailure failure)
        {
            if (url is null)
            {
                throw new ArgumentNullException(nameof(url));
            }

            if (formBody is null)
            {
                throw new ArgumentNullException(nameof(formBody));
            }

            IReadOnlyList<KeyValuePair<string, string>> parameters;
            try
            {
                parameters = FormReader.Parse(formBody);
            }
            catch (FormatException)
            {
                failure = WebhookSignatureFailure.MalformedFormBody;
                return false;
            }

            failure = Check(new SignedUrl(url), parameters, signature, signatureSettings);
            return failure == WebhookSignatureFailure.None;
        }

        /// <summary>
        /// Checks a request with a JSON body: Twilio signs only the URL, which carries <c>bodySHA256</c>,
        /// the lower-case hex SHA-256 of the body; the body must hash to it.
        /// </summary>
        /// <param name="url">The full URL Twilio called, with its <c>bodySHA256</c> query parameter.</param>
        /// <param name="jsonBody">The request body as it arrived.</param>
        /// <param name="signature">The <c>X-Twilio-Signature</c> header; null when the request has none.</param>
        /// <param name="signatureSettings">The <c>X-Twilio-Webhooks-Signature-Settings</c> header; null when the request has none.</param>
        /// <param name="failure">Why the request is not valid; <see cref="WebhookSignatureFailure.None"/> when it is.</param>
        /// <returns>Whether Twilio signed this URL with one of the configured secrets and the body is the one it hashed.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="url"/> or <paramref name="jsonBody"/> is null.</exception>
        public bool IsValidJsonBody(string url, string jsonBody, string? signature, string? signatureSettings, out WebhookSignatureFailure failure)
        {
            if (url is null)
            {
                throw new ArgumentNullException(nameof(url));
            }

            if (jsonBody is null)
            {
                throw new ArgumentNullException(nameof(jsonBody));
            }

            var signed = new SignedUrl(url);
            failure = !signed.TryGetBodyHash(out var bodyHash) ? WebhookSignatureFailure.MissingBodyHash
                : Check(signed, Array.Empty<KeyValuePair<string, string>>(), signature, signatureSettings) is var check and not WebhookSignatureFailure.None ? check
                : !Digests.Sha256HexMatches(jsonBody, bodyHash) ? WebhookSignatureFailure.BodyHashMismatch
                : WebhookSignatureFailure.None;
            return failure == WebhookSignatureFailure.None;
        }

        /// <summary>How many secrets the validator holds, and the shared key ids (public: Twilio sends them in a header); never a secret.</summary>
        public override string ToString()
        {
            var text = new StringBuilder("TwilioRequestValidator: ").Append(_authTokens.Length).Append(_authTokens.Length == 1 ? " auth token" : " auth tokens");
            if (_sharedKeys.Length > 0)
            {
                text.Append(", shared keys ").Append(string.Join(", ", _sharedKeys.Select(key => key.Id).Distinct()));
            }

            return text.ToString();
        }

        private WebhookSignatureFailure Check(SignedUrl url, IReadOnlyList<KeyValuePair<string, string>> parameters, string? signature, string? signatureSettings)
        {
            if (string.IsNullOrEmpty(signature))
            {
                return WebhookSignatureFailure.MissingSignature;
            }

            var keys = _authTokens;
            if (signatureSettings is not null)
            {
                var settings = SignatureSettings.Parse(signatureSettings, out var keyId, out var algorithm);
                if (settings != WebhookSignatureFailure.None)
                {
                    return settings;
                }

                var found = FindSharedKeys(keyId, algorithm, out keys);
                if (found != WebhookSignatureFailure.None)
                {
                    return found;
                }
            }

            // One buffer: the URL form right-aligned before the parameters, so that each form is written
            // in front of the same parameter bytes.
            var urlEnd = url.MaxByteCount;
            var buffer = ArrayPool<byte>.Shared.Rent(urlEnd + SignedParameters.MaxByteCount(parameters));
            try
            {
                var end = urlEnd + SignedParameters.Write(parameters, buffer, urlEnd);
                for (var form = 0; form < url.FormCount; form++)
                {
                    var start = url.Write(form, buffer, urlEnd);
                    foreach (var key in keys)
                    {
                        if (key.Signs(buffer, start, end - start, signature!))
                        {
                            return WebhookSignatureFailure.None;
                        }
                    }
                }

                return WebhookSignatureFailure.SignatureMismatch;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        /// <summary>The secrets of the key <paramref name="id"/> pinned to <paramref name="algorithm"/>; why there are none otherwise.</summary>
        private WebhookSignatureFailure FindSharedKeys(ReadOnlySpan<char> id, SignatureAlgorithm algorithm, out HmacKey[] keys)
        {
            keys = Array.Empty<HmacKey>();
            var failure = WebhookSignatureFailure.UnknownSigningKey;
            foreach (var key in _sharedKeys)
            {
                if (id.SequenceEqual(key.Id.AsSpan()))
                {
                    if (key.Algorithm == algorithm)
                    {
                        keys = key.Keys;
                        return WebhookSignatureFailure.None;
                    }

                    failure = WebhookSignatureFailure.UnexpectedAlgorithm;
                }
            }

            return failure;
        }

        private static TwilioSharedKey SharedKeyOf(KeyValuePair<string, string> key, int index)
            => new(
                string.IsNullOrEmpty(key.Key) ? throw new ArgumentException($"The shared key at index {index} has no id.", "sharedKeys") : key.Key,
                string.IsNullOrEmpty(key.Value) ? throw new ArgumentException($"The secret at index {index} is null or empty.", "sharedKeys") : key.Value,
                TwilioSharedKeyAlgorithm.HmacSha256);

        private static byte[] Secret(string secret, string parameter, int index)
            => string.IsNullOrEmpty(secret)
                ? throw new ArgumentException($"The secret at index {index} is null or empty.", parameter)
                : Encoding.UTF8.GetBytes(secret);

        /// <summary>
        /// A SharedKey's id, its one algorithm and its secrets, keyed as UTF-8 (UNCONFIRMED: Twilio's docs do not
        /// say how the secret keys the HMAC; this is how the auth token does).
        /// </summary>
        private sealed class SharedKey
        {
            public SharedKey(string id, TwilioSharedKeyAlgorithm algorithm, byte[][] secrets)
            {
                Id = id;
                Algorithm = algorithm == TwilioSharedKeyAlgorithm.HmacSha1 ? SignatureAlgorithm.HmacSha1 : SignatureAlgorithm.HmacSha256;
                Keys = secrets.Select(secret => new HmacKey(Algorithm, secret)).ToArray();
            }

            public string Id { get; }

            public SignatureAlgorithm Algorithm { get; }

            public HmacKey[] Keys { get; }

            public override string ToString() => Id;
        }
    }
}
