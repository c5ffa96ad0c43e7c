using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading.Tasks;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ConversationHooks.Benchmarks;

/// <summary>
/// Runs every benchmark and the analyzer budget in one go and prints one markdown table (ours,
/// baseline, ratio, allocated). <c>--write-docs</c> also writes it to docs/benchmarks.md;
/// <c>--long</c> uses BenchmarkDotNet's default job instead of the short one. <c>--real-build</c>
/// measures real builds of the packed package instead (its own table in the same page).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Contains("--real-build"))
        {
            // Real dotnet builds of the packed package: slow (several minutes), so a mode of its own.
            var runs = Array.IndexOf(args, "--runs") is var r and >= 0 && r + 1 < args.Length ? int.Parse(args[r + 1], CultureInfo.InvariantCulture) : 7;
            var real = RealBuild.RealBuildBenchmark.Table(await RealBuild.RealBuildBenchmark.MeasureAsync(FindRepoRoot(), runs));
            Console.WriteLine(real);
            if (args.Contains("--write-docs"))
            {
                var docs = Path.Combine(FindRepoRoot(), "docs", "benchmarks.md");
                File.WriteAllText(docs, Docs.WithRealBuild(File.ReadAllText(docs), real));
                Console.WriteLine($"Wrote {docs}");
            }

            return 0;
        }

        if (args.Contains("--budget"))
        {
            var alone = await AnalyzerBudget.MeasureAsync(runs: 3);
            Console.WriteLine($"analyzers {alone.Analyzers.TotalMilliseconds:0} ms, compilation {alone.Compilation.TotalMilliseconds:0} ms: {alone.Share:P2}; {alone.PerAnalyzer}");
            return 0;
        }

        var job = (args.Contains("--long") ? Job.Default : Job.Default.WithWarmupCount(3).WithIterationCount(10).WithLaunchCount(1))
            .WithToolchain(InProcessEmitToolchain.Instance);
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddLogger(ConsoleLogger.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .WithOptions(ConfigOptions.DisableLogFile);

        // --only Name: run the benchmark classes whose name contains Name, and print their table alone.
        var only = Array.IndexOf(args, "--only") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        var types = new[] { typeof(FormBodyBenchmarks), typeof(JsonBenchmarks), typeof(FilterNameBenchmarks), typeof(EventParsingBenchmarks), typeof(SignatureBenchmarks), typeof(GeneratorBenchmarks) }
            .Where(t => only is null || t.Name.Contains(only, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        var summaries = types.Length == 0 ? Array.Empty<Summary>() : BenchmarkRunner.Run(types, config);
        var paired = types.ToDictionary(t => t, PairedRatios.Measure);

        // The endpoint is a server: measured by a load generator, not BenchmarkDotNet (--only Endpoint alone).
        var endpointTable = only is null || nameof(EndpointThroughput).Contains(only, StringComparison.OrdinalIgnoreCase)
            ? EndpointThroughput.Table(await EndpointThroughput.MeasureAsync())
            : string.Empty;
        if (only is not null)
        {
            Console.WriteLine(types.Length == 0 ? endpointTable : Report(summaries, paired, budget: null) + endpointTable);
            return 0;
        }

        var budget = await AnalyzerBudget.MeasureAsync(runs: 7);

        var report = Report(summaries, paired, budget);
        Console.WriteLine();
        Console.WriteLine(report);
        Console.WriteLine(endpointTable);
        if (args.Contains("--write-docs"))
        {
            var path = Path.Combine(FindRepoRoot(), "docs", "benchmarks.md");
            // The real-build table comes from its own mode (--real-build): kept as it is.
            File.WriteAllText(path, Docs.WithRealBuild(Docs.Page(report, endpointTable) + Environment.NewLine, Docs.RealBuildOf(File.ReadAllText(path))));
            Console.WriteLine($"Wrote {path}");
        }

        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }

    private static string Report(IEnumerable<Summary> summaries, IReadOnlyDictionary<Type, IReadOnlyDictionary<string, PairedRatios.Ratio>> paired, AnalyzerBudget.Result? budget)
    {
        var table = new StringBuilder();
        table.AppendLine("| # | comparison | ours | median | allocated | baseline | median | allocated | ours vs baseline | paired (middle half) | target |");
        table.AppendLine("|---|---|---|---:|---:|---|---:|---:|---:|---:|---|");
        var number = 0;
        foreach (var summary in summaries)
        {
            number++;
            var reports = summary.Reports.Where(r => r.Success).ToList();
            var baseline = reports.Single(r => r.BenchmarkCase.Descriptor.Baseline);
            foreach (var ours in reports.Where(r => !r.BenchmarkCase.Descriptor.Baseline))
            {
                // Medians: on a shared 2-core machine a stray slow iteration moves the mean, not the median.
                var speedUp = baseline.ResultStatistics!.Median / ours.ResultStatistics!.Median;
                var type = summary.BenchmarksCases.First().Descriptor.Type;
                var pair = paired[type][ours.BenchmarkCase.Descriptor.WorkloadMethod.Name];
                table.AppendLine(string.Join(" | ", new[]
                {
                    "| " + number,
                    summary.BenchmarksCases.First().Descriptor.Type.Name.Replace("Benchmarks", string.Empty),
                    ours.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo,
                    Time(ours.ResultStatistics.Median),
                    Bytes(ours),
                    baseline.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo,
                    Time(baseline.ResultStatistics.Median),
                    Bytes(baseline),
                    speedUp.ToString("0.0", CultureInfo.InvariantCulture) + "x faster",
                    $"{Ratio(pair.Median)} ({Ratio(pair.LowerQuartile)}-{Ratio(pair.UpperQuartile)})",
                    Targets.For(type, ours.BenchmarkCase.Descriptor.WorkloadMethod.Name) + " |",
                }));
            }
        }

        if (budget is null)
        {
            return table.ToString();
        }

        table.AppendLine(string.Join(" | ", new[]
        {
            "| " + (number + 1),
            "AnalyzerBudget",
            $"analyzers on {AnalyzerBudget.Files:N0} files, {AnalyzerBudget.Files * AnalyzerBudget.CallSitesPerFile:N0} checked call sites ({budget.Diagnostics} diagnostics)",
            Time(budget.Analyzers.TotalMilliseconds * 1e6),
            "-",
            "compilation: parse, bind, diagnostics, emit",
            Time(budget.Compilation.TotalMilliseconds * 1e6),
            "-",
            (budget.Analyzers.TotalMilliseconds / budget.Compilation.TotalMilliseconds * 100).ToString("0.00", CultureInfo.InvariantCulture) + "% of the compilation",
            $"{Percent(budget.Share)} ({Percent(budget.LowerShare)}-{Percent(budget.UpperShare)})",
            "at most 3% |",
        }));
        return table.ToString();
    }

    private static string Ratio(double ratio) => ratio.ToString("0.0", CultureInfo.InvariantCulture) + "x";

    private static string Percent(double share) => (share * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    private static string Time(double nanoseconds) => nanoseconds switch
    {
        >= 1e9 => (nanoseconds / 1e9).ToString("0.00", CultureInfo.InvariantCulture) + " s",
        >= 1e6 => (nanoseconds / 1e6).ToString("0.00", CultureInfo.InvariantCulture) + " ms",
        >= 1e3 => (nanoseconds / 1e3).ToString("0.00", CultureInfo.InvariantCulture) + " µs",
        _ => nanoseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ns",
    };

    private static string Bytes(BenchmarkReport report)
    {
        var bytes = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
        return bytes >= 1024 ? (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KB" : bytes + " B";
    }

    internal static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "webhook-spec.json")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository.");
    }

    /// <summary>The machine the numbers come from.</summary>
    internal static string Machine()
        => $"{RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}, {Environment.ProcessorCount} logical cores, {RuntimeInformation.FrameworkDescription}";
}
