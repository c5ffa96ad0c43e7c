using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using ConversationHooks.Analyzers.Rules;
using ConversationHooks.Spec.Findings;
using ConversationHooks.Spec.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConversationHooks.Analyzers.Places
{
    /// <summary>
    /// The checked places of one compilation: parameters and properties the <see cref="PlaceTable"/>
    /// names, and members marked <c>[WebhookFilterName]</c>, <c>[Sid("..")]</c> or <c>[Secret]</c> (the runtime's own
    /// secret places among them). Nearly every
    /// member analysis meets is dismissed by its type's simple name and its assembly, with nothing
    /// stored; members of a type the table may name are matched once and cached, marked members are
    /// read from their attributes (which the compiler caches).
    /// </summary>
    internal sealed class CheckedPlaces
    {
        private const string RuntimeNamespace = "ConversationHooks";
        private const string RuntimeAssemblyName = "ConversationHooks.Runtime";

        private readonly Compilation _compilation;
        private readonly PlaceTable _table;
        private readonly bool _hasMarkers;
        private readonly ConcurrentDictionary<ISymbol, CheckedPlace?> _places = new(SymbolEqualityComparer.Default);
        private readonly Func<ISymbol, CheckedPlace?> _match;
        private AssemblyAnswer[] _markerAssemblies = Array.Empty<AssemblyAnswer>();
        private readonly Lazy<INamedTypeSymbol?> _filterNames;
        private readonly Lazy<string?> _filterNamesFullName;

        private CheckedPlaces(Compilation compilation, PlaceTable table, bool hasMarkers)
        {
            _compilation = compilation;
            _table = table;
            _hasMarkers = hasMarkers;
            _match = Match;
            Kinds = table.Kinds | (hasMarkers ? PlaceKind.Filter | PlaceKind.Sid | PlaceKind.Credential : PlaceKind.None);
            _filterNames = new Lazy<INamedTypeSymbol?>(() => _compilation.GetTypeByMetadataName(_table.Namespace + ".WebhookFilterNames"));
            _filterNamesFullName = new Lazy<string?>(() => FilterNames?.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
        }

        public WebhookSpec Spec => _table.Spec;

        /// <summary>Every kind of place this compilation can have.</summary>
        public PlaceKind Kinds { get; }

        /// <summary>The closest valid names of a misspelled filter.</summary>
        public FilterSuggestions FilterSuggestions => _table.FilterSuggestions;

        /// <summary>The generated <c>WebhookFilterNames</c> class, when the project has it (looked up on first use).</summary>
        public INamedTypeSymbol? FilterNames => _filterNames.Value;

        /// <summary><see cref="FilterNames"/>' fully qualified name (<c>global::…</c>), built once.</summary>
        public string? FilterNamesFullName => _filterNamesFullName.Value;

        /// <summary>
        /// The places of <paramref name="compilation"/>; null when it references neither the Twilio SDK
        /// nor the ConversationHooks runtime, or its spec is broken (the generator reports why).
        /// </summary>
        public static CheckedPlaces? For(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            // By reference name, and only the references the project passed: asking for identities, or
            // for Compilation.References (which adds #r directives, so it builds every file's declarations
            // first), would make the compilation bind its references here, before analysis could start.
            var hasTwilio = false;
            var hasRuntime = false;
            foreach (var reference in compilation.ExternalReferences)
            {
                var name = AssemblyName(reference);
                hasTwilio |= string.Equals(name, "Twilio", StringComparison.OrdinalIgnoreCase);
                hasRuntime |= string.Equals(name, "ConversationHooks.Runtime", StringComparison.OrdinalIgnoreCase);
            }

            if (!hasTwilio && !hasRuntime)
            {
                return null;
            }

            var spec = AnalyzerSpec.Load(options, cancellationToken);
            if (spec is null)
            {
                return null;
            }

            options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.ConversationHooksNamespace", out var ns);
            ns = string.IsNullOrWhiteSpace(ns) ? RuntimeNamespace : ns!.Trim();
            return new CheckedPlaces(compilation, PlaceTable.For(spec, ns), hasRuntime);
        }

        private static string? AssemblyName(MetadataReference reference) => reference switch
        {
            CompilationReference compilation => compilation.Compilation.AssemblyName,
            PortableExecutableReference { FilePath: { } path } => System.IO.Path.GetFileNameWithoutExtension(path),
            _ => reference.Display is { } display ? System.IO.Path.GetFileNameWithoutExtension(display) : null,
        };

        /// <summary>The filter with exactly (ordinal) this wire name.</summary>
        public FilterSpec? FindFilter(string name) => _table.FindFilter(name);

        /// <summary>
        /// True when <paramref name="descriptor"/> is turned off (severity none) in <paramref name="tree"/>,
        /// by .editorconfig, a global config or the compilation's options: a diagnostic reported there
        /// would be built only for the driver to drop it (CWH007 would be, once per valid literal).
        /// </summary>
        public bool IsSuppressed(DiagnosticDescriptor descriptor, SyntaxTree tree, CancellationToken cancellationToken)
        {
            var options = _compilation.Options;
            if (options.SyntaxTreeOptionsProvider is { } provider)
            {
                if (provider.TryGetDiagnosticValue(tree, descriptor.Id, cancellationToken, out var inTree))
                {
                    return inTree == ReportDiagnostic.Suppress;
                }

                if (provider.TryGetGlobalDiagnosticValue(descriptor.Id, cancellationToken, out var global))
                {
                    return global == ReportDiagnostic.Suppress;
                }
            }

            return descriptor.GetEffectiveSeverity(options) == ReportDiagnostic.Suppress;
        }

        /// <summary>
        /// The check of a parameter, property or field, if it is a checked place. Most members analysis
        /// meets are dismissed by their type's simple name and their assembly, with nothing built or
        /// stored: a member cache written for each of them was the analyzer's main cost in real builds
        /// (every new entry takes a lock the other analysis threads wait on; docs/benchmarks.md).
        /// Members of a type the table names are matched once and cached; marked members are read
        /// from their attributes, which the compiler caches.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        public CheckedPlace? Find(ISymbol? symbol)
        {
            if (symbol is not (IParameterSymbol or IPropertySymbol or IFieldSymbol))
            {
                return null;
            }

            var definition = symbol.OriginalDefinition;
            if (definition.ContainingType is not { } type)
            {
                return null;
            }

            if (definition is not IFieldSymbol && _table.MayName(type.Name))
            {
                return _places.TryGetValue(definition, out var known) ? known : _places.GetOrAdd(definition, _match);
            }

            return MayCarryMarkers(definition) ? Marked(definition) : null;
        }

        /// <summary>
        /// The SID kinds the value of <paramref name="property"/> always is (<c>conversation.Sid</c>: a
        /// Conversation SID), from the spec's bindings; empty for every other property. Asked only of a
        /// value that reaches a SID place.
        /// </summary>
        public ImmutableArray<SidKindSpec> HeldSidKinds(IPropertySymbol property)
        {
            var definition = property.OriginalDefinition;
            return definition.ContainingType is { } type && _table.MayName(type.Name)
                ? _table.Held(TypeName(type), definition.Name)
                : ImmutableArray<SidKindSpec>.Empty;
        }

        /// <summary>
        /// False when no parameter of <paramref name="method"/> can be a checked place: a method of the
        /// framework or of a library that the table does not name and that cannot carry the runtime's
        /// markers. One question per call, answered without building, allocating or storing anything
        /// (asking for <c>Parameters</c> would copy them into a new array on every call).
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        public bool MayHavePlaces(IMethodSymbol method)
        {
            // The definition (List<T>.Add), not the constructed method (List<int>.Add): one symbol for
            // every call of it, whose containing type and assembly are already at hand, where each
            // construction may be a symbol of its own.
            var definition = method.OriginalDefinition;
            return definition.ContainingType is { } type && (_table.MayName(type.Name) || MayCarryMarkers(definition));
        }

        private CheckedPlace? Match(ISymbol symbol)
        {
            var bound = symbol switch
            {
                IParameterSymbol { ContainingSymbol: IMethodSymbol method } parameter when method.ContainingType is { } type =>
                    _table.Parameter(TypeName(type), method.MethodKind == MethodKind.Constructor ? ".ctor" : method.Name, parameter.Name),
                IPropertySymbol { ContainingType: { } type } property => _table.Property(TypeName(type), property.Name),
                _ => null,
            };
            return bound ?? (MayCarryMarkers(symbol) ? Marked(symbol) : null);
        }

        [MethodImpl(HotPath.Optimized)]
        private bool MayCarryMarkers(ISymbol symbol) => _hasMarkers && CanCarryMarkers(symbol.ContainingAssembly);

        /// <summary>
        /// Only code that references the runtime (or is it) can carry its marker attributes. Asking the
        /// framework's members for their attributes would decode them from metadata for every method
        /// called and property set, work nobody else asks of the compiler (docs/benchmarks.md). Asked
        /// of nearly every operation: the answer per assembly is kept in a small array searched by
        /// reference (the compiler hands out one symbol object per assembly), with no hashing, lock or
        /// allocation once an assembly has been seen.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        private bool CanCarryMarkers(IAssemblySymbol? assembly)
        {
            if (assembly is null)
            {
                return false;
            }

            foreach (var known in Volatile.Read(ref _markerAssemblies))
            {
                if (ReferenceEquals(known.Assembly, assembly))
                {
                    return known.CanCarryMarkers;
                }
            }

            return Learn(assembly);
        }

        private bool Learn(IAssemblySymbol assembly)
        {
            var answer = SymbolEqualityComparer.Default.Equals(assembly, _compilation.Assembly)
                || assembly.Identity.Name == RuntimeAssemblyName
                || assembly.Modules.Any(module => module.ReferencedAssemblies.Any(identity => identity.Name == RuntimeAssemblyName));
            while (true)
            {
                var known = Volatile.Read(ref _markerAssemblies);
                var grown = new AssemblyAnswer[known.Length + 1];
                Array.Copy(known, grown, known.Length);
                grown[known.Length] = new AssemblyAnswer(assembly, answer);
                if (ReferenceEquals(Interlocked.CompareExchange(ref _markerAssemblies, grown, known), known))
                {
                    return answer;
                }
            }
        }

        private CheckedPlace? Marked(ISymbol symbol)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (attribute.AttributeClass is not { } type || !IsRuntimeType(type))
                {
                    continue;
                }

                if (type.Name == "WebhookFilterNameAttribute")
                {
                    return new CheckedPlace(symbol.Name, PlaceKind.Filter, null, ImmutableArray<SidKindSpec>.Empty, false);
                }

                if (type.Name == "SecretAttribute")
                {
                    return new CheckedPlace(symbol.Name, PlaceKind.Credential, null, ImmutableArray<SidKindSpec>.Empty, false);
                }

                if (type.Name == "SidAttribute" && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string prefix)
                {
                    var kind = Spec.SidKinds.FirstOrDefault(k => k.Prefix == prefix) ?? new SidKindSpec($"'{prefix}'", prefix, string.Empty);
                    return new CheckedPlace(symbol.Name, PlaceKind.Sid, null, ImmutableArray.Create(kind), false);
                }
            }

            return null;
        }

        private static bool IsRuntimeType(INamedTypeSymbol type)
            => type.ContainingNamespace is { Name: RuntimeNamespace } ns && ns.ContainingNamespace is { IsGlobalNamespace: true };

        /// <summary>The metadata name (<c>A.B.Outer+Nested</c>) of <paramref name="type"/>; asked once per member of a type the table may name.</summary>
        private static string TypeName(INamedTypeSymbol type)
        {
            var t = type.OriginalDefinition;
            var builder = new StringBuilder(t.MetadataName);
            for (var outer = t.ContainingType; outer is not null; outer = outer.ContainingType)
            {
                builder.Insert(0, outer.MetadataName + "+");
            }

            for (var ns = (t.ContainingType ?? t).ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
            {
                builder.Insert(0, ns.Name + ".");
            }

            return builder.ToString();
        }

        private readonly struct AssemblyAnswer
        {
            public AssemblyAnswer(IAssemblySymbol assembly, bool canCarryMarkers)
            {
                Assembly = assembly;
                CanCarryMarkers = canCarryMarkers;
            }

            public IAssemblySymbol Assembly { get; }

            public bool CanCarryMarkers { get; }
        }
    }
}
