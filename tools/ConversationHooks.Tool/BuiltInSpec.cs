using System;
using System.IO;
using ConversationHooks.Spec;
using ConversationHooks.Spec.Model;

namespace ConversationHooks.Tool
{
    /// <summary>The built-in webhook-spec.json, embedded as in the analyzers: the audit checks what they check, events lists its events.</summary>
    internal static class BuiltInSpec
    {
        public static WebhookSpec BuiltIn { get; } = Load();

        private static WebhookSpec Load()
        {
            using var stream = typeof(BuiltInSpec).Assembly.GetManifestResourceStream("ConversationHooks.webhook-spec.json")
                ?? throw new InvalidOperationException("The built-in webhook-spec.json is missing from the tool.");
            using var reader = new StreamReader(stream);
            return SpecReader.Read(reader.ReadToEnd()).Spec
                ?? throw new InvalidOperationException("The built-in webhook-spec.json does not read.");
        }
    }
}
