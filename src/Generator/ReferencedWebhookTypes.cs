using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.IO;
using System.Reflection.Metadata;
using ConversationHooks.Spec;
using Microsoft.CodeAnalysis;

namespace ConversationHooks.Generator
{
    /// <summary>
    /// Which referenced assemblies already expose generated webhook types (they carry
    /// <c>[assembly: GeneratedWebhookTypes(namespace, fingerprint)]</c>): a library built with
    /// <c>ConversationHooksAccessibility=public</c>. A project that references it and would generate
    /// the same types in the same namespace generates nothing and uses the library's.
    /// Read only when the project's references change, not when its code does.
    /// </summary>
    internal static class ReferencedWebhookTypes
    {
        /// <summary>See <see cref="Snapshot"/>.</summary>
        internal sealed class ReferenceSet : IEquatable<ReferenceSet>
        {
            public ReferenceSet(ImmutableArray<PortableExecutableReference> files, EquatableArray<string> projectKeys)
            {
                Files = files;
                ProjectKeys = projectKeys;
            }

            public ImmutableArray<PortableExecutableReference> Files { get; }

            public EquatableArray<string> ProjectKeys { get; }

            public bool Equals(ReferenceSet? other)
            {
                if (other is null || other.Files.Length != Files.Length || other.ProjectKeys != ProjectKeys)
                {
                    return false;
                }

                for (var i = 0; i < Files.Length; i++)
                {
                    if (!ReferenceEquals(Files[i], other.Files[i]))
                    {
                        return false;
                    }
                }

                return true;
            }

            public override bool Equals(object? obj) => Equals(obj as ReferenceSet);

            public override int GetHashCode() => Files.Length;
        }

        private const string AttributeNamespace = "ConversationHooks";
        private const string AttributeName = "GeneratedWebhookTypesAttribute";

        public static string Key(string ns, string fingerprint) => ns + "|" + fingerprint;

        /// <summary>
        /// The references of a compilation as a cheap, equatable value: the file references themselves
        /// (compared by identity: a code edit keeps the same objects) and, read at once, the keys of
        /// project references, so that no step keeps another project's Compilation alive.
        /// </summary>
        public static ReferenceSet Snapshot(Compilation compilation)
        {
            var files = ImmutableArray.CreateBuilder<PortableExecutableReference>();
            var projects = new List<string>();
            foreach (var reference in compilation.ExternalReferences)
            {
                if (reference is PortableExecutableReference file)
                {
                    files.Add(file);
                }
                else
                {
                    projects.AddRange(Read(reference));
                }
            }

            return new ReferenceSet(files.ToImmutable(), projects.ToEquatableArray());
        }

        /// <summary>The keys of every reference in <paramref name="references"/>.</summary>
        public static EquatableArray<string> Read(ReferenceSet references)
            => references.Files.SelectMany(Read).Concat(references.ProjectKeys).ToEquatableArray();

        private static IEnumerable<string> Read(MetadataReference reference)
        {
            var keys = new List<string>();
            switch (reference)
            {
                case CompilationReference compilation:
                    ReadAttributes(compilation.Compilation.Assembly, keys);
                    break;
                case PortableExecutableReference executable:
                    ReadMetadata(executable, keys);
                    break;
            }

            return keys;
        }

        private static void ReadAttributes(IAssemblySymbol assembly, List<string> keys)
        {
            foreach (var attribute in assembly.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: AttributeName, ContainingNamespace.Name: AttributeNamespace }
                    && attribute.ConstructorArguments.Length == 2
                    && attribute.ConstructorArguments[0].Value is string ns
                    && attribute.ConstructorArguments[1].Value is string fingerprint)
                {
                    keys.Add(Key(ns, fingerprint));
                }
            }
        }

        private static void ReadMetadata(PortableExecutableReference reference, List<string> keys)
        {
            try
            {
                if (reference.GetMetadata() is not AssemblyMetadata assembly)
                {
                    return;
                }

                foreach (var module in assembly.GetModules())
                {
                    var reader = module.GetMetadataReader();
                    if (!reader.IsAssembly)
                    {
                        continue;
                    }

                    foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
                    {
                        var attribute = reader.GetCustomAttribute(handle);
                        if (IsMarker(reader, attribute) && TryDecode(reader, attribute, out var ns, out var fingerprint))
                        {
                            keys.Add(Key(ns, fingerprint));
                        }
                    }
                }
            }
            catch (Exception e) when (e is BadImageFormatException or IOException or InvalidOperationException or NotSupportedException)
            {
                // An unreadable reference provides nothing; the compiler reports it on its own.
            }
        }

        private static bool IsMarker(MetadataReader reader, CustomAttribute attribute)
        {
            if (attribute.Constructor.Kind != HandleKind.MemberReference)
            {
                return false;
            }

            var constructor = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
            if (constructor.Parent.Kind != HandleKind.TypeReference)
            {
                return false;
            }

            var type = reader.GetTypeReference((TypeReferenceHandle)constructor.Parent);
            return reader.StringComparer.Equals(type.Name, AttributeName) && reader.StringComparer.Equals(type.Namespace, AttributeNamespace);
        }

        private static bool TryDecode(MetadataReader reader, CustomAttribute attribute, out string ns, out string fingerprint)
        {
            var blob = reader.GetBlobReader(attribute.Value);
            ns = fingerprint = string.Empty;
            if (blob.Length < 2 || blob.ReadUInt16() != 1)
            {
                return false; // not a custom attribute blob (prolog 0x0001)
            }

            ns = blob.ReadSerializedString() ?? string.Empty;
            fingerprint = blob.ReadSerializedString() ?? string.Empty;
            return ns.Length > 0 && fingerprint.Length > 0;
        }
    }
}
