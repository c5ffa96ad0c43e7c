using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace ConversationHooks.Tools.BindingsGenerator
{
    /// <summary>
    /// Reads the bindings off the Twilio SDK assembly by reflection: every Conversations v1 type and
    /// the client types, each public method or constructor with a parameter <see cref="PlaceNames"/>
    /// gives a meaning to, each publicly settable property with such a name, and each string property
    /// of a resource that holds a SID of a known kind (<see cref="PlaceNames.Held"/>). Only members that
    /// exist are listed, so the spec cannot bind what the SDK does not have.
    /// </summary>
    internal static class SdkBindings
    {
        private const string Constructor = ".ctor";

        public static IReadOnlyList<Binding> Read(Assembly twilio)
        {
            var types = twilio.GetExportedTypes()
                .Where(t => !t.IsNested && (IsConversations(t) || PlaceNames.ClientTypes.Contains(t.FullName)))
                .OrderBy(t => t.FullName, StringComparer.Ordinal);
            var bindings = new List<Binding>();
            foreach (var type in types)
            {
                if (Bind(type) is { } binding)
                {
                    bindings.Add(binding);
                }
            }

            var missing = PlaceNames.ClientTypes.Where(name => twilio.GetType(name) is null).ToList();
            return missing.Count == 0
                ? bindings
                : throw new InvalidOperationException($"The SDK has no {string.Join(", ", missing)}: update {nameof(PlaceNames)}.{nameof(PlaceNames.ClientTypes)}.");
        }

        private static bool IsConversations(Type type)
            => type.Namespace is { } ns && (ns == PlaceNames.ConversationsNamespace || ns.StartsWith(PlaceNames.ConversationsNamespace + ".", StringComparison.Ordinal));

        private static Binding? Bind(Type type)
        {
            var methods = new SortedSet<string>(StringComparer.Ordinal);
            var parameters = new SortedDictionary<string, BoundValue>(StringComparer.Ordinal);
            var members = type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName)
                .Cast<MethodBase>()
                .Concat(type.GetConstructors());
            foreach (var member in members)
            {
                var bound = member.GetParameters()
                    .Select(p => PlaceNames.Meaning(type, p.Name!))
                    .OfType<BoundValue>()
                    .ToList();
                if (bound.Count == 0)
                {
                    continue;
                }

                methods.Add(member is ConstructorInfo ? Constructor : member.Name);
                foreach (var value in bound)
                {
                    parameters[value.Name] = value;
                }
            }

            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is { IsPublic: true })
                .Select(p => PlaceNames.Meaning(type, CamelCase(p.Name))?.Named(p.Name))
                .OfType<BoundValue>()
                .OrderBy(p => p.Name, StringComparer.Ordinal)
                .ToList();

            // What a resource reads back: its own Sid and the SIDs of what it belongs to.
            var holds = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.PropertyType == typeof(string) && p.GetMethod is { IsPublic: true })
                .Select(p => PlaceNames.Held(type, p.Name))
                .OfType<HeldSid>()
                .OrderBy(p => p.Name, StringComparer.Ordinal)
                .ToList();

            if (methods.Count == 0 && properties.Count == 0 && holds.Count == 0)
            {
                return null;
            }

            // .ctor first, then the rest in ordinal order: stable across reflection's member order.
            var ordered = methods.Where(m => m == Constructor).Concat(methods.Where(m => m != Constructor)).ToList();
            return new Binding(type.FullName!, ordered, parameters.Values.ToList(), properties, holds);
        }

        private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
    }
}
