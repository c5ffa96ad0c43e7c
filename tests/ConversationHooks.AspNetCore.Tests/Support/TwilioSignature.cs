using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace ConversationHooks.AspNetCore.Tests.Support;

/// <summary>
/// Signs a request as Twilio does (its security docs): HMAC-SHA1 keyed with the auth token over the URL,
/// then every POST parameter's name and value sorted by name; Base64. Written here from the docs, not
/// with the validator under test.
/// </summary>
internal static class TwilioSignature
{
    public static string Sign(string token, string url, IEnumerable<KeyValuePair<string, string>> parameters)
        => Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(token), SignedData(url, parameters)));

    public static string SignForm(string token, string url, string formBody)
        => Sign(token, url, WebhookForm.Parse(formBody));

    /// <summary>The same data signed with a SharedKey's secret and HMAC-SHA256.</summary>
    public static string Sha256(string secret, string url, string formBody)
        => Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), SignedData(url, WebhookForm.Parse(formBody))));

    private static byte[] SignedData(string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var data = new StringBuilder(url);
        foreach (var pair in parameters.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal))
        {
            data.Append(pair.Key).Append(pair.Value);
        }

        return Encoding.UTF8.GetBytes(data.ToString());
    }
}
