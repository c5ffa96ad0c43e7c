using System.Collections.Immutable;
using ConversationHooks.Analyzers.Places;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConversationHooks.Analyzers.Rules
{
    /// <summary>CWH006 a string constant passed where the spec's bindings take a credential (auth token, API key secret).</summary>
    internal sealed class CredentialRule : PlaceRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.HardCodedCredential);

        public override PlaceKind Kinds => PlaceKind.Credential;

        public override void Check(PlaceValue value, CheckedPlace place, CheckedPlaces places, OperationAnalysisContext context)
        {
            if (value.Text.Length > 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.HardCodedCredential, value.Location, place.Name));
            }
        }
    }
}
