namespace ConversationHooks.Signatures
{
    /// <summary>The HMAC a signature is made with.</summary>
    internal enum SignatureAlgorithm
    {
        /// <summary>HMAC-SHA1: the auth token's algorithm, and a shared key's when its settings say <c>HMAC_SHA1</c>.</summary>
        HmacSha1,

        /// <summary>HMAC-SHA256, announced by <c>algorithm=HMAC_SHA256</c>.</summary>
        HmacSha256,
    }
}
