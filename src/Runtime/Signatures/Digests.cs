using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
#if NET8_0_OR_GREATER
using System.Text;
#endif

namespace ConversationHooks.Signatures
{
    /// <summary>
    /// The body hash of a JSON request, and the constant-time comparison of computed values with what
    /// the request says. On .NET 8 the one-shot API writes into a stack buffer (nothing allocated); on
    /// netstandard2.0, which has none, the algorithm object is created per call.
    /// </summary>
    internal static class Digests
    {
        private const int Sha256Bytes = 32;
        private const string LowerHex = "0123456789abcdef";

        /// <summary>Whether the lower-case hex SHA-256 of <paramref name="body"/>'s UTF-8 is <paramref name="expectedHex"/>.</summary>
        public static bool Sha256HexMatches(string body, ReadOnlySpan<char> expectedHex)
        {
            var bytes = ArrayPool<byte>.Shared.Rent(Math.Max(1, 3 * body.Length));
            try
            {
                var length = Utf8.Write(body, 0, body.Length, bytes, 0);
#if NET8_0_OR_GREATER
                Span<byte> hash = stackalloc byte[Sha256Bytes];
                SHA256.HashData(bytes.AsSpan(0, length), hash);
#else
                using var sha = SHA256.Create();
                var hash = sha.ComputeHash(bytes, 0, length);
#endif
                Span<byte> hex = stackalloc byte[2 * Sha256Bytes];
                for (var i = 0; i < Sha256Bytes; i++)
                {
                    hex[2 * i] = (byte)LowerHex[hash[i] >> 4];
                    hex[(2 * i) + 1] = (byte)LowerHex[hash[i] & 0xF];
                }

                return AsciiEquals(hex, expectedHex);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }

        /// <summary>
        /// Whether <paramref name="actual"/> is the ASCII text <paramref name="expected"/> (a Base64 HMAC or a
        /// hex digest), in a time that depends on the lengths only: those are public, and timing must not
        /// reveal how much of a forged value was right.
        /// </summary>
        public static bool AsciiEquals(ReadOnlySpan<byte> expected, ReadOnlySpan<char> actual)
        {
            if (expected.Length != actual.Length)
            {
                return false;
            }

#if NET8_0_OR_GREATER
            // Narrowed first, so that the comparison covers one byte per character. Text that is not
            // ASCII cannot be a signature; saying so early reveals nothing about the secret.
            Span<byte> narrow = stackalloc byte[actual.Length];
            return Ascii.FromUtf16(actual, narrow, out _) == OperationStatus.Done
                && CryptographicOperations.FixedTimeEquals(expected, narrow);
#else
            return FixedTimeEquals(expected, actual);
#endif
        }

#if !NET8_0_OR_GREATER
        /// <summary>CryptographicOperations.FixedTimeEquals's loop, which netstandard2.0 lacks: not optimized, so that no early exit is compiled in.</summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
        private static bool FixedTimeEquals(ReadOnlySpan<byte> expected, ReadOnlySpan<char> actual)
        {
            var difference = 0;
            for (var i = 0; i < expected.Length; i++)
            {
                difference |= expected[i] ^ actual[i];
            }

            return difference == 0;
        }
#endif
    }
}
