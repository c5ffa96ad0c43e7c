using System;

namespace ConversationHooks
{
    /// <summary>
    /// Written by the ConversationHooks generator into every assembly it generates types in: a project
    /// that references it, can see those types (public ones, or internal ones through
    /// <c>InternalsVisibleTo</c>) and uses the same spec in the same namespace uses them instead of
    /// generating its own (which would conflict, CS0436).
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
    public sealed class GeneratedWebhookTypesAttribute : Attribute
    {
        /// <summary>Records the namespace of the generated types and the fingerprint of their spec.</summary>
        public GeneratedWebhookTypesAttribute(string @namespace, string specFingerprint)
        {
            Namespace = @namespace;
            SpecFingerprint = specFingerprint;
        }

        /// <summary>The namespace the generated types are in.</summary>
        public string Namespace { get; }

        /// <summary>The fingerprint of the spec they were generated from.</summary>
        public string SpecFingerprint { get; }
    }
}
