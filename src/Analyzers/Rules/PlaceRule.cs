using System.Collections.Immutable;
using ConversationHooks.Analyzers.Places;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConversationHooks.Analyzers.Rules
{
    /// <summary>
    /// One concern of the catalogue (filters, SIDs, methods and targets, credentials): which places
    /// it checks, its diagnostics, and the check of one constant that reached such a place.
    /// </summary>
    internal abstract class PlaceRule
    {
        /// <summary>The kinds of place this rule checks.</summary>
        public abstract PlaceKind Kinds { get; }

        public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

        public abstract void Check(PlaceValue value, CheckedPlace place, CheckedPlaces places, OperationAnalysisContext context);
    }
}
