namespace ConversationHooks
{
    /// <summary>
    /// Why <see cref="TwilioRequestValidator"/> did not accept a request. It names what was wrong,
    /// never a secret or the signature that was expected.
    /// </summary>
    public enum WebhookSignatureFailure
    {
        /// <summary>The request is valid.</summary>
        None,

        /// <summary>The request carries no <c>X-Twilio-Signature</c> (null or empty).</summary>
        MissingSignature,

        /// <summary>No configured secret signs this URL and these parameters with this signature.</summary>
        SignatureMismatch,

        /// <summary>A JSON request's URL has no <c>bodySHA256</c> query parameter.</summary>
        MissingBodyHash,

        /// <summary>The signature is valid, but the body's SHA-256 is not the URL's <c>bodySHA256</c>.</summary>
        BodyHashMismatch,

        /// <summary>The form body is not valid <c>application/x-www-form-urlencoded</c> text.</summary>
        MalformedFormBody,

        /// <summary><c>X-Twilio-Webhooks-Signature-Settings</c> is not of the form <c>key=&lt;id&gt;,algorithm=&lt;name&gt;</c>.</summary>
        MalformedSignatureSettings,

        /// <summary><c>X-Twilio-Webhooks-Signature-Settings</c> names a key id no shared key was configured for.</summary>
        UnknownSigningKey,

        /// <summary><c>X-Twilio-Webhooks-Signature-Settings</c> names an algorithm other than <c>HMAC_SHA1</c> or <c>HMAC_SHA256</c>.</summary>
        UnsupportedAlgorithm,

        /// <summary><c>X-Twilio-Webhooks-Signature-Settings</c> names, for a known key, an algorithm other than the one the key was configured with (the header is not signed, so it never chooses).</summary>
        UnexpectedAlgorithm,
    }
}
