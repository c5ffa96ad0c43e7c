using System.Collections.Generic;
using ConversationHooks.Spec;
using Microsoft.CodeAnalysis;

namespace ConversationHooks.Generator
{
    /// <summary>
    /// Which referenced assemblies already expose generated webhook types (they carry
    /// <c>[assembly: GeneratedWebhookTypes(namespace, fingerprint)]</c>): a library built with
    /// <c>ConversationHooksAccessibility=public</c>. A project that references it and would generate
    /// the same types in the same namespace generates nothing and uses the library's.
    /// </summary>
    internal static class ReferencedWebhookTypes
    {
        private const string AttributeName = "ConversationHooks.GeneratedWebhookTypesAttribute";

        public static string Key(string ns, string fingerprint) => ns + "|" + fingerprint;

        public static EquatableArray<string> Find(Compilation compilation)
        {
            var keys = new List<string>();
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                foreach (var attribute in assembly.GetAttributes())
                {
                    if (attribute.ConstructorArguments.Length == 2
                        && attribute.AttributeClass?.ToDisplayString() == AttributeName
                        && attribute.ConstructorArguments[0].Value is string ns
                        && attribute.ConstructorArguments[1].Value is string fingerprint)
                    {
                        keys.Add(Key(ns, fingerprint));
                    }
                }
            }

            return keys.ToEquatableArray();
        }
    }
}
