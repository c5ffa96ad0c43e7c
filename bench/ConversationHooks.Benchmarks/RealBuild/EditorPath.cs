using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using ConversationHooks.Analyzers;
using ConversationHooks.Benchmarks.NoOp;
using ConversationHooks.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ConversationHooks.Benchmarks.RealBuild;

/// <summary>
/// A model of the editor's path: after a one-character edit in one file of the ordinary corpus (1,000
/// files plus the generated ones), the IDE has a new compilation and analyzes the open document in it.
/// Here each sample is a new compilation with the edited file, analyzed for that document alone with
/// <c>GetAnalyzerSemanticDiagnosticsAsync</c>, and the analyzers' execution time as Roslyn logs it
/// (compilation-start actions included; binding the document is the compiler's and charged to no
/// analyzer). Ours (both of the package's analyzers, as the IDE runs them) and the no-op alternate,
/// each on its own fresh compilation.
/// </summary>
internal static class EditorPath
{
    private const int EditedFile = 500;

    public sealed record Result(double OursMilliseconds, double NoOpMilliseconds, double AddedMilliseconds);

    /// <summary>The ordinary corpus with the runtime referenced and the generator's files added, as a consumer project compiles it.</summary>
    internal static (Compilation Compilation, SyntaxTree[] Trees) OrdinaryCompilation()
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = Enumerable.Range(0, Corpus.Files).Select(i => CSharpSyntaxTree.ParseText(Corpus.OrdinaryFile(i), parse, path: $"File{i}.cs")).ToArray();
        var compilation = CSharpCompilation.Create(
            "Ordinary",
            trees,
            Net80.References.All.Append(MetadataReference.CreateFromFile(typeof(FormWriter).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        CSharpGeneratorDriver.Create(new[] { new WebhookGenerator().AsSourceGenerator() }, parseOptions: parse)
            .RunGeneratorsAndUpdateCompilation(compilation, out var withGenerated, out _);
        return (withGenerated, trees);
    }

    /// <summary>Both of the package's analyzers: the IDE runs the Info-only CWH007 one too, which builds skip.</summary>
    internal static ImmutableArray<DiagnosticAnalyzer> Ours() => ImmutableArray.Create<DiagnosticAnalyzer>(new ConversationHooksAnalyzer(), new FilterConstantAnalyzer());

    public static async Task<Result> MeasureAsync(int samples)
    {
        var (withGenerated, trees) = OrdinaryCompilation();
        var edited = trees[EditedFile].WithChangedText(SourceText.From(Corpus.EditedOrdinaryFile(EditedFile)));

        var ours = new List<double>();
        var noOp = new List<double>();
        var added = new List<double>();
        for (var sample = -2; sample < samples; sample++)
        {
            // Alternate which one goes first, so neither always meets the machine (or the GC) right after the other.
            var first = sample % 2 == 0;
            var a = await AnalyzeAsync(withGenerated, trees[EditedFile], edited, first ? Ours() : NoOp());
            var b = await AnalyzeAsync(withGenerated, trees[EditedFile], edited, first ? NoOp() : Ours());
            var (oursTime, noOpTime) = first ? (a, b) : (b, a);
            if (sample >= 0)
            {
                ours.Add(oursTime);
                noOp.Add(noOpTime);
                added.Add(oursTime - noOpTime);
            }
        }

        return new Result(Median(ours), Median(noOp), Median(added));
    }

    private static ImmutableArray<DiagnosticAnalyzer> NoOp() => ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpAnalyzer());

    private static async Task<double> AnalyzeAsync(Compilation compilation, SyntaxTree original, SyntaxTree edited, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var withAnalyzer = compilation.ReplaceSyntaxTree(original, edited).WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        var document = withAnalyzer.Compilation.GetSemanticModel(edited);
        var diagnostics = await withAnalyzer.GetAnalyzerSemanticDiagnosticsAsync(document, filterSpan: null, default);
        if (!diagnostics.IsEmpty)
        {
            throw new InvalidOperationException("The ordinary corpus has no mistake, yet the analyzer reported: " + diagnostics[0]);
        }

        var milliseconds = 0.0;
        foreach (var analyzer in analyzers)
        {
            milliseconds += (await withAnalyzer.GetAnalyzerTelemetryInfoAsync(analyzer, default)).ExecutionTime.TotalMilliseconds;
        }

        return milliseconds;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
