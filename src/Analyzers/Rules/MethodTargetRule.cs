using System;
using System.Collections.Immutable;
using System.Linq;
using ConversationHooks.Analyzers.Places;
using ConversationHooks.Spec;
using ConversationHooks.Spec.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConversationHooks.Analyzers.Rules
{
    /// <summary>
    /// CWH005 a method or target the scope does not accept. Methods compare ignoring ASCII case where
    /// the spec says the scope's methods do (<c>methodsIgnoreCase</c>), as the generated parsers do;
    /// everything else compares exactly.
    /// </summary>
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
            var accepted = isMethod ? scope.Methods : scope.Targets;
            var ignoreCase = isMethod && scope.MethodsIgnoreCase;
            for (var i = 0; i < accepted.Count; i++)
            {
                if (ignoreCase ? WireCase.EqualsIgnoringAsciiCase(value.Text, accepted[i]) : string.Equals(accepted[i], value.Text, StringComparison.Ordinal))
                {
                    return;
                }
            }

            var expected = FindingMessages.Expected(accepted);
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidMethodOrTarget, value.Location, value.Text, isMethod ? "method" : "target", scope.Name, expected));
        }
    }
}
