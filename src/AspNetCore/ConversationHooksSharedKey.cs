namespace ConversationHooks.AspNetCore
{
    /// <summary>
    /// A SharedKey the endpoint accepts signatures of (Twilio's Webhooks Rules, public beta), as configured under
    /// <c>SharedKeys:0</c>, <c>SharedKeys:1</c>, ...: its <see cref="Id"/>, its <see cref="Secret"/> and the one
    /// <see cref="Algorithm"/> it signs with, so that the unsigned <c>X-Twilio-Webhooks-Signature-Settings</c> header
    /// names the key but never chooses its algorithm.
    /// </summary>
    public sealed class ConversationHooksSharedKey
    {
        /// <summary>The key's id, as <c>X-Twilio-Webhooks-Signature-Settings: key=...</c> names it (configuration key <c>SharedKeys:0:Id</c>).</summary>
        public string? Id { get; set; }

        /// <summary>The key's secret (<c>SharedKeys:0:Secret</c>): keep it in a secret store; it is never logged.</summary>
        public string? Secret { get; set; }

        /// <summary>The algorithm the key signs with (<c>SharedKeys:0:Algorithm</c>). Default <see cref="TwilioSharedKeyAlgorithm.HmacSha256"/>, what Twilio documents.</summary>
        public TwilioSharedKeyAlgorithm Algorithm { get; set; } = TwilioSharedKeyAlgorithm.HmacSha256;

        /// <summary>The id and the algorithm; never the secret.</summary>
        public override string ToString() => $"{Id} ({Algorithm})";
    }
}
