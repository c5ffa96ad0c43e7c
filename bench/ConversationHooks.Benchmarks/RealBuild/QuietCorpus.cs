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
/// The ordinary corpus analyzed in-process by ours and the no-op together, one callback at a time
/// (<c>concurrentAnalysis: false</c>) and with no compiler working beside them: each callback's own
/// cost, with the symbols it reads warm in the cache and no other thread to be preempted by. Not a
/// target; it shows how much of the real build's ratio is our code and how much is the build around it.
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
            var run = compilation.Clone().WithAnalyzers(
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
