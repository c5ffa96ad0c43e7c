using System.Collections.Immutable;
using System.Linq;
using ConversationHooks.Analyzers.Places;
using ConversationHooks.Spec;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConversationHooks.Analyzers.Rules
{
    /// <summary>
    /// CWH007: a filter literal that <see cref="WebhookFilterRule"/> lets pass (known, delivered at the
    /// place's scope) where the generated <c>WebhookFilterNames</c> constant could stand.
    /// </summary>
    internal sealed class FilterConstantRule : PlaceRule
    {
        /// <summary>Diagnostic property: the generated constant's member name.</summary>
        internal const string ConstantProperty = "Constant";

        /// <summary>Diagnostic property: the generated <c>WebhookFilterNames</c>' full name.</summary>
        internal const string ConstantTypeProperty = "ConstantType";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UseFilterConstant);

        public override PlaceKind Kinds => PlaceKind.Filter;

        public override void Check(PlaceValue value, CheckedPlace place, CheckedPlaces places, OperationAnalysisContext context)
        {
            if (!value.IsLiteral
                || places.FindFilter(value.Text) is not { } filter
                || (place.Scope is { } scope && !filter.Scopes.Contains(scope.Name))
                || places.FilterNames is not { } names
                || places.IsSuppressed(Descriptors.UseFilterConstant, context.Operation.Syntax.SyntaxTree, context.CancellationToken))
            {
                return;
            }

            var member = Naming.MemberName(filter.Name);
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(ConstantProperty, member)
                .Add(ConstantTypeProperty, places.FilterNamesFullName);
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UseFilterConstant, value.Location, properties, value.Text, $"{names.Name}.{member}"));
        }
    }
}
