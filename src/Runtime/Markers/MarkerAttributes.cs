using System;

namespace ConversationHooks
{
    /// <summary>
    /// Marks a string parameter, property or field that holds a SID of one kind, so the
    /// ConversationHooks analyzers check constant values passed to it:
    /// <c>void Remove([Sid("CH")] string conversation)</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, Inherited = true)]
    public sealed class SidAttribute : Attribute
    {
        /// <summary>Marks a SID with the two-letter <paramref name="prefix"/>, such as <c>AC</c>.</summary>
        public SidAttribute(string prefix) => Prefix = prefix;

        /// <summary>The expected two-letter prefix.</summary>
        public string Prefix { get; }
    }

    /// <summary>
    /// Marks a string (or a collection of strings) that holds Twilio Conversations webhook filter
    /// names, so the ConversationHooks analyzers check constant values passed to it:
    /// <c>void Subscribe([WebhookFilterName] string filter)</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, Inherited = true)]
    public sealed class WebhookFilterNameAttribute : Attribute
    {
    }

    /// <summary>
    /// Marks a string (or a collection of strings) that holds a secret: an auth token or an API key
    /// secret. The ConversationHooks analyzers report a constant passed to it that could be a real
    /// secret (CWH006): <c>void Connect([Secret] string authToken)</c>. The runtime's own
    /// <see cref="TwilioCredentials"/> and <see cref="TwilioRequestValidator"/> are marked this way.
    /// </summary>
    [AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, Inherited = true)]
    public sealed class SecretAttribute : Attribute
    {
    }
}
