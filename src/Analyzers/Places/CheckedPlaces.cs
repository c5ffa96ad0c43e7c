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
    /// names, and user members marked <c>[WebhookFilterName]</c> or <c>[Sid("..")]</c>. Each symbol is
    /// matched once, when analysis first meets it, and the answer is cached.
    /// </summary>
    internal sealed class CheckedPlaces
    {
        private const string RuntimeNamespace = "ConversationHooks";
        private const string RuntimeAssemblyName = "ConversationHooks.Runtime";

        private readonly Compilation _compilation;
        private readonly PlaceTable _table;
        private readonly bool _hasMarkers;
        private readonly Dictionary<string, FilterSpec> _filters;
        private readonly ConcurrentDictionary<ISymbol, CheckedPlace?> _places = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IMethodSymbol, PlaceKind> _methods = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<INamedTypeSymbol, string> _typeNames = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IAssemblySymbol, bool> _markerAssemblies = new(SymbolEqualityComparer.Default);
        private readonly Lazy<INamedTypeSymbol?> _filterNames;

        private CheckedPlaces(Compilation compilation, PlaceTable table, bool hasMarkers)
        {
            _compilation = compilation;
            _table = table;
            _hasMarkers = hasMarkers;
            _filters = table.Spec.Filters.ToDictionary(f => f.Name, StringComparer.Ordinal);
            FilterSuggestions = new FilterSuggestions(table.Spec.Filters.Select(f => f.Name));
            Kinds = table.Kinds | (hasMarkers ? PlaceKind.Filter | PlaceKind.Sid : PlaceKind.None);
            _filterNames = new Lazy<INamedTypeSymbol?>(() => _compilation.GetTypeByMetadataName(_table.Namespace + ".WebhookFilterNames"));
        }

        public WebhookSpec Spec => _table.Spec;

        /// <summary>Every kind of place this compilation can have.</summary>
        public PlaceKind Kinds { get; }

        /// <summary>The closest valid names of a misspelled filter.</summary>
        public FilterSuggestions FilterSuggestions { get; }

        /// <summary>The generated <c>WebhookFilterNames</c> class, when the project has it (looked up on first use).</summary>
        public INamedTypeSymbol? FilterNames => _filterNames.Value;

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
        public FilterSpec? FindFilter(string name) => _filters.TryGetValue(name, out var filter) ? filter : null;

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

        /// <summary>The check of a parameter, property or field, if it is a checked place.</summary>
        [MethodImpl(HotPath.Optimized)]
        public CheckedPlace? Find(ISymbol? symbol)
            => symbol is IParameterSymbol or IPropertySymbol or IFieldSymbol ? _places.GetOrAdd(symbol.OriginalDefinition, Match) : null;

        /// <summary>The kinds of the checked parameters of <paramref name="method"/>: a call of any other method is dismissed with one lookup.</summary>
        [MethodImpl(HotPath.Optimized)]
        public PlaceKind KindsOf(IMethodSymbol method) => _methods.GetOrAdd(method.OriginalDefinition, KindsOfParameters);

        private PlaceKind KindsOfParameters(IMethodSymbol method)
        {
            var kinds = PlaceKind.None;
            foreach (var parameter in method.Parameters)
            {
                kinds |= Find(parameter)?.Kind ?? PlaceKind.None;
            }

            return kinds;
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
            return bound ?? (_hasMarkers && CanCarryMarkers(symbol.ContainingAssembly) ? Marked(symbol) : null);
        }

        /// <summary>
        /// Only code that references the runtime (or is it) can carry its marker attributes. Asking the
        /// framework's members for their attributes would decode them from metadata for every method
        /// called and property set, work nobody else asks of the compiler (docs/benchmarks.md).
        /// </summary>
        private bool CanCarryMarkers(IAssemblySymbol? assembly) => assembly is not null && _markerAssemblies.GetOrAdd(assembly, a =>
            SymbolEqualityComparer.Default.Equals(a, _compilation.Assembly)
            || a.Identity.Name == RuntimeAssemblyName
            || a.Modules.Any(module => module.ReferencedAssemblies.Any(identity => identity.Name == RuntimeAssemblyName)));

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

        /// <summary>The metadata name (<c>A.B.Outer+Nested</c>) of <paramref name="type"/>, built once per type.</summary>
        private string TypeName(INamedTypeSymbol type) => _typeNames.GetOrAdd(type.OriginalDefinition, t =>
        {
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
        });
    }
}
