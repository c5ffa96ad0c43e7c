using System;
using System.Collections.Immutable;
using System.Linq;
using ConversationHooks.Analyzers.Places;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConversationHooks.Analyzers
{
    /// <summary>
    /// CWH005 a method or target the scope does not accept. Methods compare ignoring case (Twilio
    /// accepts both casings); targets compare exactly.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MethodTargetAnalyzer : PlaceAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.InvalidMethodOrTarget);

        internal override bool Handles(PlaceKind kind) => kind is PlaceKind.Method or PlaceKind.Target;

        internal override void Check(PlaceValue value, CheckedPlace place, CheckedPlaces places, OperationAnalysisContext context)
        {
            if (place.Scope is not { } scope)
            {
                return;
            }

            var isMethod = place.Kind == PlaceKind.Method;
            var accepted = isMethod ? scope.Methods : scope.Targets;
            var comparison = isMethod ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            if (accepted.Any(a => string.Equals(a, value.Text, comparison)))
            {
                return;
            }

            var expected = string.Join(", ", accepted.Select(a => $"'{a}'"));
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidMethodOrTarget, value.Location, value.Text, isMethod ? "method" : "target", scope.Name, expected));
        }
    }
}
