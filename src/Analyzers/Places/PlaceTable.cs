using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConversationHooks.Spec;
using ConversationHooks.Spec.Findings;
using ConversationHooks.Spec.Model;
using Microsoft.CodeAnalysis;

namespace ConversationHooks.Analyzers.Places
{
    /// <summary>
    /// What the spec says takes checked values, by name: the members of its bindings (the Twilio
    /// SDK; and the properties that hold a SID of a known kind) and of the generated API (<c>…Sid.Parse</c>, <c>…Value.FromWireName</c>), keyed by their
    /// type's metadata name. Symbols are matched against it by name as analysis meets them, so no
    /// type is looked up in the compilation up front. Depends only on the spec and the namespace, so
    /// it is built once and shared by the compilations that use them.
    /// </summary>
    internal sealed class PlaceTable
    {
        private static PlaceTable? s_last;

        private readonly Dictionary<string, TypePlaces> _types = new(StringComparer.Ordinal);
        private readonly HashSet<string> _simpleNames = new(StringComparer.Ordinal);
        private readonly Dictionary<string, FilterSpec> _filters;

        private PlaceTable(WebhookSpec spec, string ns)
        {
            Spec = spec;
            Namespace = ns;
            foreach (var binding in spec.Bindings)
            {
                var type = TypeOf(binding.Type);
                foreach (var method in binding.Methods)
                {
                    foreach (var parameter in binding.Parameters)
                    {
                        type.Parameters[(method, parameter.Name)] = ToPlace(spec, parameter);
                    }
                }

                foreach (var property in binding.Properties)
                {
                    type.Properties[property.Name] = ToPlace(spec, property);
                }

                foreach (var held in binding.Holds)
                {
                    type.Holds[held.Name] = spec.SidKinds.Where(k => held.SidKinds.Contains(k.Name)).ToImmutableArray();
                }
            }

            foreach (var kind in spec.SidKinds)
            {
                TypeOf($"{ns}.{Naming.SidTypeName(kind.Name)}").Parameters[("Parse", "value")] =
                    new CheckedPlace("value", PlaceKind.Sid, null, ImmutableArray.Create(kind), false);
            }

            AddFromWireName($"{ns}.{Naming.ValueTypeName("WebhookFilter")}", PlaceKind.Filter, null);
            foreach (var scope in spec.Scopes)
            {
                AddFromWireName($"{ns}.{Naming.ValueTypeName(Naming.MethodTypeName(scope.Name))}", PlaceKind.Method, scope);
                AddFromWireName($"{ns}.{Naming.ValueTypeName(Naming.TargetTypeName(scope.Name))}", PlaceKind.Target, scope);
            }

            foreach (var metadataName in _types.Keys)
            {
                _simpleNames.Add(SimpleName(metadataName));
            }

            _filters = spec.Filters.ToDictionary(f => f.Name, StringComparer.Ordinal);
            FilterSuggestions = new FilterSuggestions(spec.Filters);
            Kinds = _types.Values.SelectMany(t => t.Parameters.Values.Concat(t.Properties.Values)).Aggregate(PlaceKind.None, (kinds, place) => kinds | place.Kind);
        }

        public WebhookSpec Spec { get; }

        /// <summary>The namespace of the generated types.</summary>
        public string Namespace { get; }

        /// <summary>Every kind of place the table names.</summary>
        public PlaceKind Kinds { get; }

        /// <summary>The closest valid names of a misspelled filter.</summary>
        public FilterSuggestions FilterSuggestions { get; }

        /// <summary>The filter with exactly (ordinal) this wire name.</summary>
        public FilterSpec? FindFilter(string name) => _filters.TryGetValue(name, out var filter) ? filter : null;

        /// <summary>
        /// False when no type of the table has this simple name (<see cref="ISymbol.Name"/>: no namespace,
        /// outer type or arity): the one question asked of every member analysis meets, answered without
        /// building the type's full name.
        /// </summary>
        public bool MayName(string typeName) => _simpleNames.Contains(typeName);

        public static PlaceTable For(WebhookSpec spec, string ns)
        {
            var last = s_last;
            if (last is not null && ReferenceEquals(last.Spec, spec) && last.Namespace == ns)
            {
                return last;
            }

            return s_last = new PlaceTable(spec, ns);
        }

        /// <summary>The place of a parameter; <paramref name="method"/> is <c>.ctor</c> for constructors.</summary>
        public CheckedPlace? Parameter(string typeName, string method, string parameter)
            => _types.TryGetValue(typeName, out var type) && type.Parameters.TryGetValue((method, parameter), out var place) ? place : null;

        public CheckedPlace? Property(string typeName, string property)
            => _types.TryGetValue(typeName, out var type) && type.Properties.TryGetValue(property, out var place) ? place : null;

        /// <summary>The SID kinds a property holds (a resource's <c>Sid</c>); empty for any other property.</summary>
        public ImmutableArray<SidKindSpec> Held(string typeName, string property)
            => _types.TryGetValue(typeName, out var type) && type.Holds.TryGetValue(property, out var kinds) ? kinds : ImmutableArray<SidKindSpec>.Empty;

        private static string SimpleName(string metadataName)
        {
            var start = metadataName.LastIndexOfAny(new[] { '.', '+' }) + 1;
            var arity = metadataName.IndexOf('`', start);
            return arity < 0 ? metadataName.Substring(start) : metadataName.Substring(start, arity - start);
        }

        private TypePlaces TypeOf(string metadataName)
        {
            if (!_types.TryGetValue(metadataName, out var type))
            {
                _types.Add(metadataName, type = new TypePlaces());
            }

            return type;
        }

        private void AddFromWireName(string typeName, PlaceKind kind, ScopeSpec? scope)
            => TypeOf(typeName).Parameters[("FromWireName", "wireName")] = new CheckedPlace("wireName", kind, scope, ImmutableArray<SidKindSpec>.Empty, false);

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

        private sealed class TypePlaces
        {
            public Dictionary<(string Method, string Parameter), CheckedPlace> Parameters { get; } = new();

            public Dictionary<string, CheckedPlace> Properties { get; } = new(StringComparer.Ordinal);

            public Dictionary<string, ImmutableArray<SidKindSpec>> Holds { get; } = new(StringComparer.Ordinal);
        }
    }
}
