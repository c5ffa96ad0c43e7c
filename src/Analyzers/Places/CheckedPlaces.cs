using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using ConversationHooks.Spec;
using ConversationHooks.Spec.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConversationHooks.Analyzers.Places
{
    /// <summary>
    /// Every place of one compilation whose constant values are checked, resolved once per
    /// compilation and shared by all the analyzers: the members the spec's bindings name (the Twilio
    /// SDK), the generated API (SID <c>Parse</c>, <c>FromWireName</c>), and user members marked
    /// <c>[WebhookFilterName]</c> or <c>[Sid("..")]</c>.
    /// </summary>
    internal sealed class CheckedPlaces
    {
        private static readonly ConditionalWeakTable<Compilation, Holder> Cache = new();

        private readonly Dictionary<ISymbol, CheckedPlace> _bound;
        private readonly Dictionary<string, FilterSpec> _filters;
        private readonly INamedTypeSymbol? _filterNameAttribute;
        private readonly INamedTypeSymbol? _sidAttribute;
        private readonly ConcurrentDictionary<ISymbol, CheckedPlace?> _marked = new(SymbolEqualityComparer.Default);

        private CheckedPlaces(WebhookSpec spec, Dictionary<ISymbol, CheckedPlace> bound, INamedTypeSymbol? filterNameAttribute, INamedTypeSymbol? sidAttribute, INamedTypeSymbol? filterNames)
        {
            Spec = spec;
            _filters = spec.Filters.ToDictionary(f => f.Name, System.StringComparer.Ordinal);
            _bound = bound;
            _filterNameAttribute = filterNameAttribute;
            _sidAttribute = sidAttribute;
            FilterNames = filterNames;
        }

        public WebhookSpec Spec { get; }

        /// <summary>The generated <c>WebhookFilterNames</c> class, when the project has it.</summary>
        public INamedTypeSymbol? FilterNames { get; }

        /// <summary>The places of <paramref name="compilation"/>; null when it has none (no Twilio SDK, no runtime) or its spec is broken.</summary>
        public static CheckedPlaces? For(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
            => Cache.GetValue(compilation, c => new Holder(Create(c, options, cancellationToken))).Places;

        /// <summary>The filter with exactly (ordinal) this wire name.</summary>
        public FilterSpec? FindFilter(string name) => _filters.TryGetValue(name, out var filter) ? filter : null;

        public bool Has(PlaceKind kind)
            => _bound.Values.Any(p => p.Kind == kind)
               || (_filterNameAttribute is not null && kind == PlaceKind.Filter)
               || (_sidAttribute is not null && kind == PlaceKind.Sid);

        /// <summary>The check of a parameter, property or field, if it is a checked place.</summary>
        public CheckedPlace? Find(ISymbol? symbol)
        {
            if (symbol is null)
            {
                return null;
            }

            if (_bound.TryGetValue(symbol.OriginalDefinition, out var place))
            {
                return place;
            }

            return _filterNameAttribute is null && _sidAttribute is null ? null : _marked.GetOrAdd(symbol.OriginalDefinition, FindMarked);
        }

        private CheckedPlace? FindMarked(ISymbol symbol)
        {
            if (symbol is not (IParameterSymbol or IPropertySymbol or IFieldSymbol))
            {
                return null;
            }

            foreach (var attribute in symbol.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _filterNameAttribute))
                {
                    return new CheckedPlace(symbol.Name, PlaceKind.Filter, null, ImmutableArray<SidKindSpec>.Empty, false);
                }

                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _sidAttribute)
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is string prefix)
                {
                    var kind = Spec.SidKinds.FirstOrDefault(k => k.Prefix == prefix) ?? new SidKindSpec($"'{prefix}'", prefix, string.Empty);
                    return new CheckedPlace(symbol.Name, PlaceKind.Sid, null, ImmutableArray.Create(kind), false);
                }
            }

            return null;
        }

        private static CheckedPlaces? Create(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var filterNameAttribute = compilation.GetTypeByMetadataName("ConversationHooks.WebhookFilterNameAttribute");
            var sidAttribute = compilation.GetTypeByMetadataName("ConversationHooks.SidAttribute");
            var anyBinding = filterNameAttribute is not null || sidAttribute is not null || compilation.GetTypeByMetadataName("Twilio.TwilioClient") is not null;
            if (!anyBinding)
            {
                return null;
            }

            var spec = AnalyzerSpec.Load(options, cancellationToken);
            if (spec is null)
            {
                return null;
            }

            var bound = new Dictionary<ISymbol, CheckedPlace>(SymbolEqualityComparer.Default);
            foreach (var binding in spec.Bindings)
            {
                if (compilation.GetTypeByMetadataName(binding.Type) is { } type)
                {
                    AddBinding(bound, spec, type, binding);
                }
            }

            options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.ConversationHooksNamespace", out var ns);
            ns = string.IsNullOrWhiteSpace(ns) ? "ConversationHooks" : ns!.Trim();
            AddGeneratedApi(bound, spec, compilation, ns);
            var filterNames = compilation.GetTypeByMetadataName(ns + ".WebhookFilterNames");
            return bound.Count == 0 && filterNameAttribute is null && sidAttribute is null
                ? null
                : new CheckedPlaces(spec, bound, filterNameAttribute, sidAttribute, filterNames);
        }

        private static void AddBinding(Dictionary<ISymbol, CheckedPlace> bound, WebhookSpec spec, INamedTypeSymbol type, BindingSpec binding)
        {
            foreach (var methodName in binding.Methods)
            {
                var methods = methodName == ".ctor" ? type.InstanceConstructors : type.GetMembers(methodName).OfType<IMethodSymbol>().ToImmutableArray();
                foreach (var parameter in methods.SelectMany(m => m.Parameters))
                {
                    if (binding.Parameters.FirstOrDefault(p => p.Name == parameter.Name) is { } value)
                    {
                        bound[parameter] = ToPlace(spec, value);
                    }
                }
            }

            foreach (var value in binding.Properties)
            {
                foreach (var property in type.GetMembers(value.Name).OfType<IPropertySymbol>())
                {
                    bound[property] = ToPlace(spec, value);
                }
            }
        }

        private static void AddGeneratedApi(Dictionary<ISymbol, CheckedPlace> bound, WebhookSpec spec, Compilation compilation, string ns)
        {
            foreach (var kind in spec.SidKinds)
            {
                var place = new CheckedPlace("value", PlaceKind.Sid, null, ImmutableArray.Create(kind), false);
                AddFirstParameter(bound, compilation.GetTypeByMetadataName($"{ns}.{Naming.SidTypeName(kind.Name)}"), "Parse", place);
            }

            var filter = new CheckedPlace("wireName", PlaceKind.Filter, null, ImmutableArray<SidKindSpec>.Empty, false);
            AddFirstParameter(bound, compilation.GetTypeByMetadataName($"{ns}.{Naming.ValueTypeName("WebhookFilter")}"), "FromWireName", filter);
            foreach (var scope in spec.Scopes)
            {
                var method = new CheckedPlace("wireName", PlaceKind.Method, scope, ImmutableArray<SidKindSpec>.Empty, false);
                AddFirstParameter(bound, compilation.GetTypeByMetadataName($"{ns}.{Naming.ValueTypeName(Naming.MethodTypeName(scope.Name))}"), "FromWireName", method);
                var target = new CheckedPlace("wireName", PlaceKind.Target, scope, ImmutableArray<SidKindSpec>.Empty, false);
                AddFirstParameter(bound, compilation.GetTypeByMetadataName($"{ns}.{Naming.ValueTypeName(Naming.TargetTypeName(scope.Name))}"), "FromWireName", target);
            }
        }

        private static void AddFirstParameter(Dictionary<ISymbol, CheckedPlace> bound, INamedTypeSymbol? type, string method, CheckedPlace place)
        {
            foreach (var symbol in type?.GetMembers(method).OfType<IMethodSymbol>() ?? Enumerable.Empty<IMethodSymbol>())
            {
                if (symbol.IsStatic && symbol.Parameters.Length == 1 && symbol.Parameters[0].Type.SpecialType == SpecialType.System_String)
                {
                    bound[symbol.Parameters[0]] = place;
                }
            }
        }

        private static CheckedPlace ToPlace(WebhookSpec spec, BoundValueSpec value)
        {
            var scope = value.Scope is null ? null : spec.Scopes.FirstOrDefault(s => s.Name == value.Scope);
            var kinds = spec.SidKinds.Where(k => value.SidKinds.Contains(k.Name)).ToImmutableArray();
            var kind = value.Takes switch
            {
                BoundValueKind.Filter => PlaceKind.Filter,
                BoundValueKind.Sid => PlaceKind.Sid,
                BoundValueKind.Method => PlaceKind.Method,
                BoundValueKind.Target => PlaceKind.Target,
                _ => PlaceKind.Credential,
            };
            return new CheckedPlace(value.Name, kind, scope, kinds, value.AllowsUniqueName);
        }

        private sealed class Holder
        {
            public Holder(CheckedPlaces? places) => Places = places;

            public CheckedPlaces? Places { get; }
        }
    }
}
