using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
#if NET8_0_OR_GREATER
using System.Runtime.InteropServices;
#endif

namespace ConversationHooks.Signatures
{
    /// <summary>
    /// The hashes a signature check computes, and their constant-time comparison with what the request
    /// says. On .NET 8 the static one-shot APIs write into stack buffers (nothing allocated); on
    /// netstandard2.0, which has none, the algorithm objects are created per call.
    /// </summary>
    internal static class Digests
    {
        private const int MaxHashBytes = 32;
        private const int MaxBase64Chars = 44;
        private const string LowerHex = "0123456789abcdef";

        /// <summary>Whether the Base64 HMAC of <c>message[start..start+length]</c> under <paramref name="key"/> is <paramref name="signature"/>.</summary>
        public static bool HmacMatches(SignatureAlgorithm algorithm, byte[] key, byte[] message, int start, int length, string signature)
        {
#if NET8_0_OR_GREATER
            Span<byte> hash = stackalloc byte[MaxHashBytes];
            var source = message.AsSpan(start, length);
            var size = algorithm == SignatureAlgorithm.HmacSha256
                ? HMACSHA256.HashData(key, source, hash)
                : HMACSHA1.HashData(key, source, hash);
            Span<char> base64 = stackalloc char[MaxBase64Chars];
            Convert.TryToBase64Chars(hash.Slice(0, size), base64, out var written);
            return FixedTimeEquals(base64.Slice(0, written), signature.AsSpan());
#else
            using HMAC hmac = algorithm == SignatureAlgorithm.HmacSha256 ? new HMACSHA256(key) : new HMACSHA1(key);
            return FixedTimeEquals(Convert.ToBase64String(hmac.ComputeHash(message, start, length)).AsSpan(), signature.AsSpan());
#endif
        }

        /// <summary>Whether the lower-case hex SHA-256 of <paramref name="body"/>'s UTF-8 is <paramref name="expectedHex"/>.</summary>
        public static bool Sha256HexMatches(string body, ReadOnlySpan<char> expectedHex)
        {
            var bytes = ArrayPool<byte>.Shared.Rent(Math.Max(1, 3 * body.Length));
            try
            {
                var length = Utf8.Write(body, 0, body.Length, bytes, 0);
#if NET8_0_OR_GREATER
                Span<byte> hash = stackalloc byte[MaxHashBytes];
                SHA256.HashData(bytes.AsSpan(0, length), hash);
#else
                using var sha = SHA256.Create();
                var hash = sha.ComputeHash(bytes, 0, length);
#endif
                Span<char> hex = stackalloc char[2 * MaxHashBytes];
                for (var i = 0; i < MaxHashBytes; i++)
                {
                    hex[2 * i] = LowerHex[hash[i] >> 4];
                    hex[(2 * i) + 1] = LowerHex[hash[i] & 0xF];
                }

                return FixedTimeEquals(hex, expectedHex);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }

        /// <summary>
        /// Equal texts, in a time that depends on their length only (the length of a Base64 HMAC or a
        /// hex digest is public), so that timing does not reveal how much of a forged value was right.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
        public static bool FixedTimeEquals(ReadOnlySpan<char> expected, ReadOnlySpan<char> actual)
        {
            if (expected.Length != actual.Length)
            {
                return false;
            }

#if NET8_0_OR_GREATER
            return CryptographicOperations.FixedTimeEquals(MemoryMarshal.AsBytes(expected), MemoryMarshal.AsBytes(actual));
#else
            var difference = 0;
            for (var i = 0; i < expected.Length; i++)
            {
                difference |= expected[i] ^ actual[i];
            }

            return difference == 0;
#endif
        }
    }
}
