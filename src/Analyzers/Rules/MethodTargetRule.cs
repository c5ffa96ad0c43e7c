using System.Collections.Immutable;
using ConversationHooks.Analyzers.Places;
using ConversationHooks.Spec;
using ConversationHooks.Spec.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConversationHooks.Analyzers.Rules
{
    /// <summary>CWH005 a method or target the scope does not accept (<see cref="ScopeValues.Accepts"/>).</summary>
    internal sealed class MethodTargetRule : PlaceRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.InvalidMethodOrTarget);

        public override PlaceKind Kinds => PlaceKind.Method | PlaceKind.Target;

        public override void Check(PlaceValue value, CheckedPlace place, CheckedPlaces places, OperationAnalysisContext context)
        {
            if (place.Scope is not { } scope)
            {
                return;
            }

            var isMethod = place.Kind == PlaceKind.Method;
            if (ScopeValues.Accepts(scope, isMethod, value.Text))
            {
                return;
            }

            var expected = FindingMessages.Expected(isMethod ? scope.Methods : scope.Targets);
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidMethodOrTarget, value.Location, value.Text, isMethod ? "method" : "target", scope.Name, expected));
        }
    }
}
