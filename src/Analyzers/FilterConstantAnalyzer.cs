using System.Collections.Immutable;
using ConversationHooks.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConversationHooks.Analyzers
{
    /// <summary>
    /// CWH007: a valid filter literal where the generated <c>WebhookFilterNames</c> constant could stand.
    /// An analyzer of its own because the suggestion is Info: the command-line compiler runs no analyzer
    /// whose diagnostics are all Hidden or Info (nobody would see them), so builds skip this one, while
    /// the IDE, an <c>/errorlog</c>, or an .editorconfig that raises CWH007's severity still run it.
    /// Reported from <see cref="ConversationHooksAnalyzer"/>, it cost a build one diagnostic per correct
    /// literal, nearly all of that analyzer's time on code dense with Twilio calls (docs/benchmarks.md).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class FilterConstantAnalyzer : DiagnosticAnalyzer
    {
        private static readonly ImmutableArray<PlaceRule> Rules = ImmutableArray.Create<PlaceRule>(new FilterConstantRule());

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
            PlaceAnalysis.Register(context, Rules);
        }
    }
}
