using System;
using System.Collections.Immutable;
using System.Linq;
using ConversationHooks.Analyzers.Places;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConversationHooks.Analyzers.Rules
{
    /// <summary>
    /// CWH005 a method or target the scope does not accept. Methods compare ignoring case (Twilio
    /// accepts both casings); targets compare exactly.
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
            var comparison = isMethod ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            for (var i = 0; i < accepted.Count; i++)
            {
                if (string.Equals(accepted[i], value.Text, comparison))
                {
                    return;
                }
            }

            var expected = string.Join(", ", accepted.Select(a => $"'{a}'"));
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidMethodOrTarget, value.Location, value.Text, isMethod ? "method" : "target", scope.Name, expected));
        }
    }
}
