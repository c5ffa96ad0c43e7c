using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace ConversationHooks.Samples.Receiver.Simulation
{
    /// <summary>
    /// Signs a webhook request as Twilio does (X-Twilio-Signature): HMAC-SHA1 keyed with the auth token over
    /// the URL followed by every form parameter's name and value, sorted by name (a repeated name once per
    /// distinct value, values sorted), in Base64.
    /// </summary>
    internal static class TwilioSignature
    {
        public static string Of(string authToken, Uri url, WebhookForm form)
        {
            var signed = new StringBuilder(url.AbsoluteUri);
            foreach (var name in form.Select(pair => pair.Key).Distinct().Order(StringComparer.Ordinal))
            {
                foreach (var value in form.GetValues(name).Distinct().Order(StringComparer.Ordinal))
                {
                    signed.Append(name).Append(value);
                }
            }

            return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(signed.ToString())));
        }
    }
}
