using System.Collections.Immutable;
using ConversationHooks.Spec.Model;

namespace ConversationHooks.Analyzers.Places
{
    /// <summary>What a checked place takes; a set of kinds where several places are summed up.</summary>
    [System.Flags]
    internal enum PlaceKind
    {
        None = 0,
        Filter = 1,
        Sid = 2,
        Method = 4,
        Target = 8,
        Credential = 16,
    }

    /// <summary>
    /// A parameter, property or field whose constant values are checked, and what it takes: a filter
    /// (at a scope, or any scope), a SID of some kinds, a scope's method or target, or a credential.
    /// </summary>
    internal sealed class CheckedPlace
    {
        public CheckedPlace(string name, PlaceKind kind, ScopeSpec? scope, ImmutableArray<SidKindSpec> sidKinds, bool allowsUniqueName)
        {
            Name = name;
            Kind = kind;
            Scope = scope;
            SidKinds = sidKinds;
            AllowsUniqueName = allowsUniqueName;
        }

        /// <summary>The parameter or property name, for messages.</summary>
        public string Name { get; }

        public PlaceKind Kind { get; }

        /// <summary>The scope a filter, method or target is checked against; null accepts any scope.</summary>
        public ScopeSpec? Scope { get; }

        public ImmutableArray<SidKindSpec> SidKinds { get; }

        /// <summary>True where a unique name may stand instead of a SID (<c>pathConversationSid</c>).</summary>
        public bool AllowsUniqueName { get; }
    }
}
