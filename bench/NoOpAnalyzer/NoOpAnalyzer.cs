using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConversationHooks.Benchmarks.NoOp
{
    /// <summary>
    /// Registers what ConversationHooksAnalyzer registers (concurrent execution, generated code analyzed,
    /// one compilation-start action with the same operation actions) and does nothing in them:
    /// what the analyzer driver charges for this design alone, the floor the real build measures ours against.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class NoOpAnalyzer : DiagnosticAnalyzer
    {
        // An analyzer must support a diagnostic to be run; this one is never reported. A warning, as
        // ours has: csc skips every analyzer whose diagnostics are all hidden or info (they do not show
        // in a build's output, unless /errorlog asks for them), so with an info descriptor this no-op
        // was never run in a build at all, and its "< 1 ms" was no floor.
        private static readonly DiagnosticDescriptor Never = new DiagnosticDescriptor(
            "NOOP001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                start.RegisterOperationAction(_ => { }, OperationKind.Invocation);
                start.RegisterOperationAction(_ => { }, OperationKind.ObjectCreation);
                start.RegisterOperationAction(_ => { }, OperationKind.SimpleAssignment);

                // The receivers' event-name comparisons (issue 20).
                start.RegisterOperationAction(_ => { }, OperationKind.Binary);
                start.RegisterOperationAction(_ => { }, OperationKind.Switch);
                start.RegisterOperationAction(_ => { }, OperationKind.SwitchExpression);
                start.RegisterOperationAction(_ => { }, OperationKind.IsPattern);
            });
        }
    }
}
