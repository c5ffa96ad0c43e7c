using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ConversationHooks.Spec;
using Microsoft.CodeAnalysis;

namespace ConversationHooks.Generator
{
    /// <summary>
    /// Which generated webhook types a compilation can already see in its references: those of an
    /// assembly that carries <c>[assembly: GeneratedWebhookTypes(namespace, fingerprint)]</c> and whose
    /// types are public, or internal with <c>InternalsVisibleTo</c> this assembly. Generating the same
    /// types again would define every one of them twice (CS0436), so the generator then generates none of them:
    /// only the ASP.NET Core endpoint's typed part, for the referenced types, when the library has none of its own.
    /// </summary>
    internal static class ReferencedWebhookTypes
    {
        // The marker's type lives in the runtime, so only an assembly that references the runtime can carry
        // it: the framework's assemblies are passed over without decoding their attributes.
        private const string RuntimeAssemblyName = "ConversationHooks.Runtime";
        private const string AttributeNamespace = "ConversationHooks";
        private const string AttributeName = "GeneratedWebhookTypesAttribute";

        // Every spec generates it, with the accessibility of all the others.
        private const string ProbeTypeName = "WebhookFilter";

        // Generated beside the types when the library references the ASP.NET Core endpoint.
        private const string EndpointProbeTypeName = "ConversationsWebhookHooks";

        public static string Key(string ns, string fingerprint) => ns + "|" + fingerprint;

        /// <summary>
        /// The keys of the generated types <paramref name="compilation"/> can see in its references.
        /// Runs on every code edit, and is cheap there: a code edit keeps the compiler's symbols of the
        /// references, whose module references and attributes are read from metadata once.
        /// </summary>
        public static EquatableArray<string> VisibleTo(Compilation compilation, CancellationToken cancellationToken)
            => Read(compilation, cancellationToken).Types;

        /// <summary>The keys of the generated types <paramref name="compilation"/> sees (see <see cref="VisibleTo"/>), and of those that come with the endpoint's typed part.</summary>
        public static (EquatableArray<string> Types, EquatableArray<string> Endpoints) Read(Compilation compilation, CancellationToken cancellationToken)
        {
            var keys = new List<string>();
            var endpoints = new List<string>();
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!ReferencesRuntime(assembly))
                {
                    continue;
                }

                foreach (var attribute in assembly.GetAttributes())
                {
                    if (TryReadMarker(attribute, out var ns, out var fingerprint) && IsVisible(compilation, assembly, ns + "." + ProbeTypeName))
                    {
                        keys.Add(Key(ns, fingerprint));
                        if (IsVisible(compilation, assembly, ns + "." + EndpointProbeTypeName))
                        {
                            endpoints.Add(Key(ns, fingerprint));
                        }
                    }
                }
            }

            return (keys.ToEquatableArray(), endpoints.ToEquatableArray());
        }

        private static bool ReferencesRuntime(IAssemblySymbol assembly)
            => assembly.Modules.Any(module => module.ReferencedAssemblies.Any(identity => identity.Name == RuntimeAssemblyName));

        private static bool TryReadMarker(AttributeData attribute, out string ns, out string fingerprint)
        {
            ns = fingerprint = string.Empty;
            if (attribute.AttributeClass is not { Name: AttributeName, ContainingNamespace: { Name: AttributeNamespace, ContainingNamespace.IsGlobalNamespace: true } }
                || attribute.ConstructorArguments.Length != 2
                || attribute.ConstructorArguments[0].Value is not string markerNamespace
                || attribute.ConstructorArguments[1].Value is not string markerFingerprint)
            {
                return false;
            }

            ns = markerNamespace;
            fingerprint = markerFingerprint;
            return true;
        }

        /// <summary>Public types, or internal ones the assembly shows this compilation (InternalsVisibleTo).</summary>
        private static bool IsVisible(Compilation compilation, IAssemblySymbol assembly, string metadataName)
            => assembly.GetTypeByMetadataName(metadataName) is { } type
               && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly);
    }
}
