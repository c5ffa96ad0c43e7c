using System.Collections.Immutable;
using System.Linq;
using ConversationHooks.Analyzers.Places;
using ConversationHooks.Spec;
using ConversationHooks.Spec.Findings;
using ConversationHooks.Spec.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConversationHooks.Analyzers.Rules
{
    /// <summary>
    /// CWH001 unknown filter, CWH002 filter not delivered at the place's scope, CWH009 a pre-action
    /// filter in a call that sets webhook URLs but no pre-event URL. A filter that passes all three is
    /// <see cref="FilterConstantRule"/>'s.
    /// </summary>
    internal sealed class WebhookFilterRule : PlaceRule
    {
        /// <summary>Diagnostic property: the suggested names of CWH001, best first, separated by ';'.</summary>
        internal const string SuggestionsProperty = "Suggestions";

        /// <summary>Diagnostic property: the post-action counterpart offered by CWH002 and CWH009.</summary>
        internal const string CounterpartProperty = "Counterpart";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.UnknownFilter, Descriptors.FilterNotDeliveredAtScope, Descriptors.PreActionFilterWithoutPreEventUrl);

        public override PlaceKind Kinds => PlaceKind.Filter;

        public override void Check(PlaceValue value, CheckedPlace place, CheckedPlaces places, OperationAnalysisContext context)
        {
            var filter = places.FindFilter(value.Text);
            if (filter is null)
            {
                // The fix keeps the webhook firing: suggestions the surrounding call can deliver come first.
                var urls = ConfiguredUrls.Around(context.Operation);
                var suggestions = places.FilterSuggestions.Deliverable(value.Text, place.Scope?.Name, urls.OnlyPhase);
                var properties = ImmutableDictionary<string, string?>.Empty.Add(SuggestionsProperty, string.Join(";", suggestions));
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnknownFilter, value.Location, properties, value.Text, FindingMessages.DidYouMean(suggestions)));
                return;
            }

            if (place.Scope is not { } scope)
            {
                return;
            }

            if (!filter.Scopes.Contains(scope.Name))
            {
                var advice = FindingMessages.NotDeliveredAdvice(filter, scope.Name, places.FindFilter, out var counterpart);
                var properties = ImmutableDictionary<string, string?>.Empty.Add(CounterpartProperty, counterpart);
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.FilterNotDeliveredAtScope, value.Location, properties, value.Text, scope.Name, advice));
                return;
            }

            if (filter.Phase == FilterPhase.Pre && ConfiguredUrls.Around(context.Operation) is { AreKnown: true, HasPreEventUrl: false, GoesToFlex: false })
            {
                var properties = ImmutableDictionary<string, string?>.Empty.Add(CounterpartProperty, filter.Counterpart);
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.PreActionFilterWithoutPreEventUrl, value.Location, properties, value.Text, scope.Name));
            }
        }
    }
}
