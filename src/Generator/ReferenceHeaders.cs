using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using Microsoft.CodeAnalysis;

namespace ConversationHooks.Generator
{
    /// <summary>
    /// The name and version of each assembly a compilation references, and whether any of them carries the
    /// generated types' marker (<c>[assembly: GeneratedWebhookTypes(…)]</c>), read from the references'
    /// metadata tables without binding them. Asking the compilation
    /// instead (<c>ReferencedAssemblyNames</c>, <c>SourceModule.ReferencedAssemblySymbols</c>) makes it bind
    /// every reference into symbols there and then: on a command-line build the generator runs first, so
    /// it was charged the compiler's reference binding, most of its time in a build (docs/benchmarks.md).
    /// </summary>
    internal sealed class ReferenceHeaders
    {
        private const string MarkerTypeName = "GeneratedWebhookTypesAttribute";

        private readonly Dictionary<string, int> _majorVersions;

        private ReferenceHeaders(Dictionary<string, int> majorVersions, bool anyCarriesMarker)
        {
            _majorVersions = majorVersions;
            AnyCarriesMarker = anyCarriesMarker;
        }

        /// <summary>True when a referenced assembly carries an attribute named as the marker: only such an assembly can hold generated types.</summary>
        public bool AnyCarriesMarker { get; }

        /// <summary>
        /// The headers of <paramref name="compilation"/>'s references; null when one is not a readable
        /// assembly file (a project reference in the IDE, a broken or missing file): the caller then asks
        /// the compilation, as the compiler would have to anyway.
        /// </summary>
        public static ReferenceHeaders? TryRead(Compilation compilation)
        {
            var versions = new Dictionary<string, int>(StringComparer.Ordinal);
            var anyCarriesMarker = false;
            foreach (var reference in compilation.ExternalReferences)
            {
                if (reference is not PortableExecutableReference file || reference.Properties.Kind != MetadataImageKind.Assembly)
                {
                    return null;
                }

                try
                {
                    if (file.GetMetadata() is not AssemblyMetadata assembly)
                    {
                        return null;
                    }

                    var reader = assembly.GetModules()[0].GetMetadataReader();
                    var definition = reader.GetAssemblyDefinition();
                    var name = reader.GetString(definition.Name);
                    versions[name] = Math.Max(versions.TryGetValue(name, out var seen) ? seen : 0, definition.Version.Major);
                    anyCarriesMarker |= CarriesMarker(reader, definition);
                }
                catch (Exception e) when (e is BadImageFormatException or IOException or InvalidOperationException)
                {
                    return null;
                }
            }

            return new ReferenceHeaders(versions, anyCarriesMarker);
        }

        /// <summary>
        /// An assembly attribute whose constructor belongs to a type named as the marker; by name only
        /// (the marker's namespace and arguments are checked on the symbols, for the few that pass).
        /// </summary>
        private static bool CarriesMarker(MetadataReader reader, AssemblyDefinition definition)
        {
            foreach (var handle in definition.GetCustomAttributes())
            {
                var constructor = reader.GetCustomAttribute(handle).Constructor;
                if (constructor.Kind == HandleKind.MemberReference
                    && reader.GetMemberReference((MemberReferenceHandle)constructor).Parent is { Kind: HandleKind.TypeReference } parent
                    && reader.StringComparer.Equals(reader.GetTypeReference((TypeReferenceHandle)parent).Name, MarkerTypeName))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The major version of the referenced assembly of this name; <see cref="CompilationReferences.NotReferenced"/> when none is.</summary>
        public int MajorVersionOf(string assemblyName) => _majorVersions.TryGetValue(assemblyName, out var major) ? major : CompilationReferences.NotReferenced;
    }
}
