using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using ConversationHooks.Analyzers.Rules;
using ConversationHooks.Spec;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ConversationHooks.CodeFixes
{
    /// <summary>
    /// CWH001: replace an unknown filter by one of the suggested names (one action each, the analyzer's
    /// best first: the one the call can deliver, then the Programmable Chat counterpart).
    /// CWH002, CWH009: replace a filter the scope or the call's URLs do not deliver by its post-action counterpart.
    /// CWH007: replace a filter literal by its generated <c>WebhookFilterNames</c> constant.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WebhookFilterCodeFix))]
    [Shared]
    public sealed class WebhookFilterCodeFix : CodeFixProvider
    {
        /// <summary>
        /// The equivalence key of "replace the filter by the best name": CWH001's first suggestion and
        /// CWH002's and CWH009's counterpart alike. <c>dotnet format</c> fixes a whole solution in one Fix
        /// All pass over every ID this provider fixes, with the key of the first action of whichever
        /// diagnostic it meets first: with a key per ID it fixed one ID and left the others (CWH002 "had no
        /// Fix All" when a CWH001 came first); with one key, one pass fixes them all, as the IDE's Fix All does.
        /// </summary>
        internal const string BestFilterKey = "ConversationHooks.BestFilterName";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(DiagnosticIds.UnknownFilter, DiagnosticIds.FilterNotDeliveredAtScope, DiagnosticIds.PreActionFilterWithoutPreEventUrl, DiagnosticIds.UseFilterConstant);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                var literal = await LiteralReplacement.FindLiteralAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false);
                if (literal is null)
                {
                    continue; // a reference to a constant: the fix belongs at its declaration
                }

                switch (diagnostic.Id)
                {
                    case DiagnosticIds.UnknownFilter when diagnostic.Properties.TryGetValue(WebhookFilterRule.SuggestionsProperty, out var suggestions) && !string.IsNullOrEmpty(suggestions):
                        var names = suggestions!.Split(';');
                        for (var i = 0; i < names.Length; i++)
                        {
                            var name = names[i];
                            context.RegisterCodeFix(
                                CodeAction.Create($"Use '{name}'", c => LiteralReplacement.WithLiteralAsync(context.Document, literal, name, c), i == 0 ? BestFilterKey : $"{BestFilterKey}:{i}"),
                                diagnostic);
                        }

                        break;
                    case DiagnosticIds.FilterNotDeliveredAtScope or DiagnosticIds.PreActionFilterWithoutPreEventUrl
                        when diagnostic.Properties.TryGetValue(WebhookFilterRule.CounterpartProperty, out var counterpart) && counterpart is not null:
                        context.RegisterCodeFix(
                            CodeAction.Create($"Use the post-action '{counterpart}'", c => LiteralReplacement.WithLiteralAsync(context.Document, literal, counterpart, c), BestFilterKey),
                            diagnostic);
                        break;
                    case DiagnosticIds.UseFilterConstant
                        when diagnostic.Properties.TryGetValue(FilterConstantRule.ConstantTypeProperty, out var type) && type is not null
                             && diagnostic.Properties.TryGetValue(FilterConstantRule.ConstantProperty, out var member) && member is not null:
                        context.RegisterCodeFix(
                            CodeAction.Create($"Use WebhookFilterNames.{member}", c => LiteralReplacement.WithConstantAsync(context.Document, literal, type, member, c), DiagnosticIds.UseFilterConstant),
                            diagnostic);
                        break;
                }
            }
        }
    }
}
