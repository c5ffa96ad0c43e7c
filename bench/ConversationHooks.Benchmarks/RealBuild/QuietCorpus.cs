using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using ConversationHooks.Analyzers;
using ConversationHooks.Benchmarks.NoOp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConversationHooks.Benchmarks.RealBuild;

/// <summary>
/// The ordinary corpus analyzed in-process by ours and the no-op together on one thread: binding
/// (<c>concurrentBuild: false</c>) and analysis (<c>concurrentAnalysis: false</c>) take turns, so no
/// other thread of the compiler competes with a callback and the symbols it reads are warm. Each
/// callback's own cost; not a target, it shows how much of the real build's ratio is our code and
/// how much the build around it.
/// </summary>
internal static class QuietCorpus
{
    public sealed record Result(double OursMilliseconds, double NoOpMilliseconds);

    public static async Task<Result> MeasureAsync(int samples)
    {
        var (compilation, _) = EditorPath.OrdinaryCompilation();
        var ours = new List<double>();
        var noOp = new List<double>();
        for (var sample = -2; sample < samples; sample++)
        {
            var mine = EditorPath.Ours();
            var floor = new NoOpAnalyzer();
            var analyzers = mine.Add(floor);
            var run = compilation.WithOptions(compilation.Options.WithConcurrentBuild(false)).Clone().WithAnalyzers(
                analyzers,
                new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
            var diagnostics = await run.GetAnalyzerDiagnosticsAsync();
            if (!diagnostics.IsEmpty)
            {
                throw new InvalidOperationException("The ordinary corpus has no mistake, yet the analyzers reported: " + diagnostics[0]);
            }

            if (sample >= 0)
            {
                var mineMs = 0.0;
                foreach (var analyzer in mine)
                {
                    mineMs += (await run.GetAnalyzerTelemetryInfoAsync(analyzer, default)).ExecutionTime.TotalMilliseconds;
                }

                ours.Add(mineMs);
                noOp.Add((await run.GetAnalyzerTelemetryInfoAsync(floor, default)).ExecutionTime.TotalMilliseconds);
            }
        }

        return new Result(Median(ours), Median(noOp));
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
