using System.Collections.Immutable;
using ConversationHooks.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConversationHooks.Analyzers
{
    /// <summary>
    /// Checks the constant strings that reach webhook filters, SIDs, methods, targets and credentials
    /// (CWH001-CWH006, CWH008, CWH009), and the event names receivers compare with a request's event
    /// type (CWH001). The checked places are resolved once per compilation; the traversal
    /// (<see cref="PlaceAnalysis"/>) hands each constant to the rules of its place's kind, one file per
    /// concern in Rules/. One analyzer for these rules rather than one per rule: the traversal is the
    /// cost, and the build pays it once (docs/benchmarks.md). The suggestion CWH007 has an analyzer of
    /// its own, <see cref="FilterConstantAnalyzer"/>.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ConversationHooksAnalyzer : DiagnosticAnalyzer
    {
        private static readonly ImmutableArray<PlaceRule> Rules = ImmutableArray.Create<PlaceRule>(
            new WebhookFilterRule(), new SidRule(), new MethodTargetRule(), new CredentialRule());

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = PlaceAnalysis.DiagnosticsOf(Rules);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // Generated code is skipped in the traversal (context.IsGeneratedCode), not with
            // GeneratedCodeAnalysisFlags.None: with None the driver rescans a file's syntax for
            // [GeneratedCode] on every diagnostic reported in it (docs/benchmarks.md).
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            PlaceAnalysis.Register(context, Rules, checksEventTypes: true);
        }
    }
}
