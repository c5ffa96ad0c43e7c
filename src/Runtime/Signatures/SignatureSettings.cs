using System;

namespace ConversationHooks.Signatures
{
    /// <summary>
    /// The <c>X-Twilio-Webhooks-Signature-Settings</c> header: <c>key=&lt;id&gt;,algorithm=&lt;name&gt;</c>.
    /// Twilio sends it when a Webhooks Rule signs with a SharedKey instead of the auth token (public
    /// beta). Parts may come in any order, with spaces around them; parts other than <c>key</c> and
    /// <c>algorithm</c> are ignored, so that a part Twilio adds later does not reject every request.
    /// </summary>
    internal static class SignatureSettings
    {
        public static WebhookSignatureFailure Parse(string header, out ReadOnlySpan<char> keyId, out SignatureAlgorithm algorithm)
        {
            keyId = default;
            algorithm = default;
            var text = header.AsSpan();
            var found = ReadOnlySpan<char>.Empty;
            var hasKey = false;
            var hasAlgorithm = false;
            while (true)
            {
                var comma = text.IndexOf(',');
                var part = (comma < 0 ? text : text.Slice(0, comma)).Trim();
                var equals = part.IndexOf('=');
                if (equals <= 0)
                {
                    return WebhookSignatureFailure.MalformedSignatureSettings;
                }

                var name = part.Slice(0, equals).Trim();
                var value = part.Slice(equals + 1).Trim();
                if (name.SequenceEqual("key".AsSpan()))
                {
                    if (hasKey || value.IsEmpty)
                    {
                        return WebhookSignatureFailure.MalformedSignatureSettings;
                    }

                    hasKey = true;
                    keyId = value;
                }
                else if (name.SequenceEqual("algorithm".AsSpan()))
                {
                    if (hasAlgorithm)
                    {
                        return WebhookSignatureFailure.MalformedSignatureSettings;
                    }

                    hasAlgorithm = true;
                    found = value;
                }

                if (comma < 0)
                {
                    break;
                }

                text = text.Slice(comma + 1);
            }

            if (!hasKey || !hasAlgorithm)
            {
                return WebhookSignatureFailure.MalformedSignatureSettings;
            }

            if (found.SequenceEqual("HMAC_SHA256".AsSpan()))
            {
                algorithm = SignatureAlgorithm.HmacSha256;
                return WebhookSignatureFailure.None;
            }

            if (found.SequenceEqual("HMAC_SHA1".AsSpan()))
            {
                algorithm = SignatureAlgorithm.HmacSha1;
                return WebhookSignatureFailure.None;
            }

            return WebhookSignatureFailure.UnsupportedAlgorithm;
        }
    }
}
