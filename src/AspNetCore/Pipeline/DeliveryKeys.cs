using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace ConversationHooks.AspNetCore.Pipeline
{
    /// <summary>
    /// The claim key of a delivery: what makes two requests the same event. Its <c>I-Twilio-Idempotency-Token</c>
    /// when it has one. Conversations requests carry none in any capture, so a post-action event without one is
    /// keyed by the event itself: its type and a SHA-256 of every parameter but <c>RetryCount</c> (sorted by
    /// name), which holds the resource SIDs (MessageSid, ParticipantSid, ConversationSid, ...) and the
    /// millisecond <c>DateCreated</c>/<c>DateUpdated</c> that tell two changes of one resource apart. A
    /// pre-action event without a token has no key: two identical actions (the same text sent twice) are two
    /// events, and nothing in their parameters tells them apart.
    /// </summary>
    internal static class DeliveryKeys
    {
        private const string RetryCountName = "RetryCount";

        /// <summary>The key under <paramref name="endpointPrefix"/> (endpoints and apps sharing a store never share answers); null when the delivery has none.</summary>
        public static string? Of(string endpointPrefix, WebhookForm form, string? idempotencyToken, bool isPreAction)
        {
            var account = form.GetValue("AccountSid") ?? string.Empty;
            if (!string.IsNullOrEmpty(idempotencyToken))
            {
                return string.Concat(endpointPrefix, account, ":", idempotencyToken);
            }

            return isPreAction ? null : string.Concat(endpointPrefix, account, ":event:", form.GetValue("EventType") ?? string.Empty, ":", IdentityOf(form));
        }

        private static string IdentityOf(WebhookForm form)
        {
            var pairs = new List<KeyValuePair<string, string>>();
            foreach (var pair in form)
            {
                if (!string.Equals(pair.Key, RetryCountName, StringComparison.Ordinal))
                {
                    pairs.Add(pair);
                }
            }

            pairs.Sort(static (a, b) => a.Key == b.Key ? string.CompareOrdinal(a.Value, b.Value) : string.CompareOrdinal(a.Key, b.Key));
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var pair in pairs)
            {
                // Length-prefixed, so that no two different forms write the same bytes.
                Append(hash, pair.Key);
                Append(hash, pair.Value);
            }

            return Convert.ToHexString(hash.GetHashAndReset());
        }

        private static void Append(IncrementalHash hash, string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }
    }
}
