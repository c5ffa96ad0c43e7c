using System;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Threading;

namespace ConversationHooks.Signatures
{
    /// <summary>
    /// One secret and the HMAC it makes, ready to sign: each thread keeps an HMAC whose key is already
    /// set up, so that a check pays for hashing the message only. (Setting up the key is half the cost
    /// of a one-shot HMAC over a typical webhook: 2.0 µs against 1.05 µs here.) The secret's bytes
    /// live only in the factory of those HMACs, never in text.
    /// </summary>
    internal sealed class HmacKey
    {
        private const int MaxHashBytes = 32;
        private const int MaxBase64Chars = 44;
        private readonly ThreadLocal<IncrementalHash> _hmac;

        public HmacKey(SignatureAlgorithm algorithm, byte[] secret)
        {
            var name = algorithm == SignatureAlgorithm.HmacSha256 ? HashAlgorithmName.SHA256 : HashAlgorithmName.SHA1;
            _hmac = new ThreadLocal<IncrementalHash>(() => IncrementalHash.CreateHMAC(name, secret));
        }

        /// <summary>Whether the Base64 HMAC of <c>message[start..start+length]</c> is <paramref name="signature"/>.</summary>
        public bool Signs(byte[] message, int start, int length, string signature)
        {
            Span<byte> base64 = stackalloc byte[MaxBase64Chars];
            var written = Base64Hmac(message, start, length, base64);
            return Digests.AsciiEquals(base64.Slice(0, written), signature.AsSpan());
        }

        /// <summary>The Base64 HMAC of <c>message[start..start+length]</c>: what a signature header carries.</summary>
        public string Sign(byte[] message, int start, int length)
        {
            Span<byte> base64 = stackalloc byte[MaxBase64Chars];
            var written = Base64Hmac(message, start, length, base64);
            var text = new char[written];
            for (var i = 0; i < written; i++)
            {
                text[i] = (char)base64[i];
            }

            return new string(text);
        }

        private int Base64Hmac(byte[] message, int start, int length, Span<byte> base64)
        {
            var hmac = _hmac.Value!;
            hmac.AppendData(message, start, length);
#if NET8_0_OR_GREATER
            Span<byte> hash = stackalloc byte[MaxHashBytes];
            hmac.TryGetHashAndReset(hash, out var size);
            hash = hash.Slice(0, size);
#else
            var hash = hmac.GetHashAndReset();
#endif
            Base64.EncodeToUtf8(hash, base64, out _, out var written);
            return written;
        }

        /// <summary>Never the secret.</summary>
        public override string ToString() => nameof(HmacKey);
    }
}
