using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace ConversationHooks.Runtime.Tests;

/// <summary>
/// Signatures made the way Twilio documents it, written out here independently of the validator:
/// the URL, then each sorted name and value, HMAC with the secret, Base64.
/// </summary>
internal static class SignedRequests
{
    /// <summary>The string Twilio signs: repeated names once per distinct value, values sorted (twilio-node's rule).</summary>
    public static string SignedText(string url, IEnumerable<KeyValuePair<string, string>> parameters)
        => url + string.Concat(parameters
            .Distinct()
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => p.Key + p.Value));

    public static string Sha1(string secret, string text)
        => Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(text)));

    public static string Sha256(string secret, string text)
        => Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(text)));

    public static string Sign(string token, string url, IEnumerable<KeyValuePair<string, string>> parameters)
        => Sha1(token, SignedText(url, parameters));

    public static KeyValuePair<string, string>[] Pairs(params string[] namesAndValues)
        => Enumerable.Range(0, namesAndValues.Length / 2).Select(i => KeyValuePair.Create(namesAndValues[2 * i], namesAndValues[(2 * i) + 1])).ToArray();
}
