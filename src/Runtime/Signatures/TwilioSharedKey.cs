using System;

namespace ConversationHooks
{
    /// <summary>
    /// A SharedKey a Webhooks Rule signs with (public beta): its id, as <c>X-Twilio-Webhooks-Signature-Settings</c>
    /// names it, its secret, and the one algorithm it signs with. The header is not signed, so it names the key
    /// but never chooses its algorithm: a request whose header names another algorithm is refused. The secret
    /// never appears in <see cref="ToString"/>.
    /// </summary>
    public sealed class TwilioSharedKey
    {
        /// <summary>A key <paramref name="id"/> with <paramref name="secret"/>, signing with <paramref name="algorithm"/>.</summary>
        /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="secret"/> is null or empty, or <paramref name="algorithm"/> is not defined.</exception>
        public TwilioSharedKey(string id, [Secret] string secret, TwilioSharedKeyAlgorithm algorithm)
        {
            Id = string.IsNullOrEmpty(id) ? throw new ArgumentException("A shared key needs its id.", nameof(id)) : id;
            Secret = string.IsNullOrEmpty(secret) ? throw new ArgumentException("A shared key needs its secret.", nameof(secret)) : secret;
            Algorithm = algorithm is TwilioSharedKeyAlgorithm.HmacSha256 or TwilioSharedKeyAlgorithm.HmacSha1
                ? algorithm
                : throw new ArgumentException($"{algorithm} is not an algorithm of Twilio's shared keys.", nameof(algorithm));
        }

        /// <summary>The key's id (public: Twilio sends it in a header).</summary>
        public string Id { get; }

        /// <summary>The algorithm the key signs with.</summary>
        public TwilioSharedKeyAlgorithm Algorithm { get; }

        internal string Secret { get; }

        /// <summary>The id and the algorithm; never the secret.</summary>
        public override string ToString() => $"{Id} ({Algorithm})";
    }

    /// <summary>The HMAC a shared key signs with, as <c>X-Twilio-Webhooks-Signature-Settings</c> names it.</summary>
    public enum TwilioSharedKeyAlgorithm
    {
        /// <summary><c>HMAC_SHA256</c>: what Twilio documents for shared keys.</summary>
        HmacSha256,

        /// <summary><c>HMAC_SHA1</c>.</summary>
        HmacSha1,
    }
}
