using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ConversationHooks.Benchmarks.NoOp;

namespace ConversationHooks.Benchmarks.RealBuild;

/// <summary>
/// What users wait for: the packed package in real <c>dotnet build</c>s (compiler server, analyzers and
/// generator as NuGet delivers them) of the ordinary and the dense corpus, with the no-op analyzer loaded
/// into the same builds. Builds alternate between the corpora; the first rounds warm the compiler server
/// (its own code reaches its optimized tier over several builds) and are left out. Medians of the
/// compiler's own report (<c>-p:ReportAnalyzer=true</c>). "Ours" is both of the package's analyzers:
/// <c>FilterConstantAnalyzer</c> (CWH007, Info only) is listed in the report but skipped by csc.
/// </summary>
internal static class RealBuildBenchmark
{
    private const string Ours = "ConversationHooks.Analyzers.ConversationHooksAnalyzer";
    private const string OursInfoOnly = "ConversationHooks.Analyzers.FilterConstantAnalyzer";
    private const int WarmUpRounds = 5;
    private const string Generator = "ConversationHooks.Generator.WebhookGenerator";
    private static readonly string NoOp = typeof(NoOpAnalyzer).FullName!;

    /// <summary>One corpus' medians; ratios are the medians of each build's own ratio (both halves met the same machine).</summary>
    public sealed record CorpusResult(string Corpus, double Ours, double NoOp, double Generator, double Csc, double OursOverNoOp, double ShareOfCsc, int Mistakes, int ExpectedMistakes);

    public sealed record Result(IReadOnlyList<CorpusResult> Corpora, EditorPath.Result Editor, QuietCorpus.Result Quiet, int Runs, string LoadBefore, string LoadAfter);

    public static async Task<Result> MeasureAsync(string repoRoot, int runs)
    {
        // csc runs no analyzer whose diagnostics are all hidden or info: a floor that csc skips measures nothing.
        if (!new NoOpAnalyzer().SupportedDiagnostics.Any(d => d.DefaultSeverity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning))
        {
            throw new InvalidOperationException("The no-op analyzer must support a warning, as ours does, or csc skips it in every build.");
        }

        var loadBefore = LoadAverage();
        var version = $"0.0.0-realbuild.{DateTime.UtcNow:yyyyMMddHHmmss}";
        var root = Path.Combine(Path.GetTempPath(), "conversationhooks-real-build", version);
        var feed = Path.Combine(root, "feed");
        Run(repoRoot, new[] { "pack", "src/Package/ConversationHooks.Package.csproj", "-c", "Release", "-o", feed, $"-p:Version={version}" });

        var noOpAnalyzer = typeof(NoOpAnalyzer).Assembly.Location;
        var corpora = new[]
        {
            Corpus.Ordinary(root, feed, version, noOpAnalyzer),
            Corpus.Dense(root, feed, version, noOpAnalyzer),
        };
        foreach (var corpus in corpora)
        {
            Run(root, new[] { "restore", corpus.ProjectPath });
        }

        var logs = corpora.ToDictionary(c => c, _ => new List<BuildLog>());
        for (var round = 0; round < WarmUpRounds + runs; round++)
        {
            foreach (var corpus in corpora)
            {
                // A rebuild: Csc runs every time, in the warm compiler server (on even where the environment
                // turns it off), as on a developer's build after a change.
                var log = new BuildLog(Run(root, new[] { "build", corpus.ProjectPath, "--no-restore", "--no-incremental", "-nologo", "-v:d", "-clp:PerformanceSummary", "-p:ReportAnalyzer=true", "-p:UseSharedCompilation=true" }, allowFailure: corpus.ExpectedMistakes > 0));
                Console.WriteLine($"{corpus.Name} build {round}{(round < WarmUpRounds ? " (warm-up)" : string.Empty)}: ours {OursSeconds(log):0.000} s (CWH007 analyzer {log.Seconds(OursInfoOnly):0.000} s), no-op {log.Seconds(NoOp):0.000} s, generator {log.Seconds(Generator):0.000} s, Csc {log.CscSeconds():0.00} s, {log.CwhErrors()} CWH errors");
                if (round >= WarmUpRounds)
                {
                    logs[corpus].Add(log);
                }
            }
        }

        var results = corpora.Select(c => Summarize(c, logs[c])).ToList();
        var editor = await EditorPath.MeasureAsync(samples: 21);
        var quiet = await QuietCorpus.MeasureAsync(samples: 9);
        return new Result(results, editor, quiet, runs, loadBefore, LoadAverage());
    }

    private static CorpusResult Summarize(Corpus corpus, List<BuildLog> logs)
    {
        var mistakes = logs.Select(l => l.CwhErrors()).Min();
        if (logs.Any(l => l.CwhErrors() != corpus.ExpectedMistakes))
        {
            // A faster analyzer that misses mistakes is no result: every planted one must be found in every build.
            throw new InvalidOperationException($"{corpus.Name}: expected {corpus.ExpectedMistakes} CWH errors in every build, found {string.Join(", ", logs.Select(l => l.CwhErrors()))}.");
        }

        return new CorpusResult(
            corpus.Name,
            Median(logs.Select(OursSeconds)),
            Median(logs.Select(l => l.Seconds(NoOp))),
            Median(logs.Select(l => l.Seconds(Generator))),
            Median(logs.Select(l => l.CscSeconds())),
            Median(logs.Select(l => OursSeconds(l) / l.Seconds(NoOp))),
            Median(logs.Select(l => (OursSeconds(l) + l.Seconds(Generator)) / l.CscSeconds())),
            mistakes,
            corpus.ExpectedMistakes);
    }

    /// <summary>Both of the package's analyzers, as the report gives them (a skipped one reads "&lt;0.001").</summary>
    private static double OursSeconds(BuildLog log) => log.Seconds(Ours) + log.Seconds(OursInfoOnly);

    /// <summary>The table docs/benchmarks.md shows between its real-build markers.</summary>
    public static string Table(Result result)
    {
        var table = new StringBuilder();
        table.AppendLine("| corpus (1,000 files) | ConversationHooks.Analyzers | no-op, same registrations | ours / no-op | ConversationHooks.Generator | Csc | (analyzer + generator) / Csc | CWH errors | targets |");
        table.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var corpus in result.Corpora)
        {
            var ordinary = corpus.ExpectedMistakes == 0;
            table.AppendLine(string.Join(" | ", new[]
            {
                "| " + (ordinary ? $"ordinary code, no Twilio call ({Corpus.Files * Corpus.InitializersPerFile:N0} collection initializers)" : $"{Corpus.Files * AnalyzerBudget.CallSitesPerFile:N0} Twilio calls, {corpus.ExpectedMistakes} mistakes"),
                Seconds(corpus.Ours),
                Seconds(corpus.NoOp),
                // The report counts milliseconds: under one, the no-op's ratio would be a ratio to the resolution.
                corpus.NoOp < 0.001 ? "no-op under the report's 1 ms" : corpus.OursOverNoOp.ToString("0.0", CultureInfo.InvariantCulture) + "x",
                Seconds(corpus.Generator),
                corpus.Csc.ToString("0.00", CultureInfo.InvariantCulture) + " s",
                (corpus.ShareOfCsc * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%",
                $"{corpus.Mistakes} of {corpus.ExpectedMistakes}",
                (ordinary ? "analyzer <= 2x the no-op; analyzer + generator <= 1% of Csc; generator <= 20 ms" : "analyzer + generator <= 3% of Csc; all 400 mistakes reported") + " |",
            }));
        }

        table.AppendLine();
        table.AppendLine("| editor path (ordinary corpus, one-character edit, one document) | ConversationHooks.Analyzers | no-op, same registrations | added by ours | target |");
        table.AppendLine("|---|---:|---:|---:|---|");
        table.AppendLine($"| analyzer execution on the edited document, compilation start included | {Milliseconds(result.Editor.OursMilliseconds)} | {Milliseconds(result.Editor.NoOpMilliseconds)} | {Milliseconds(result.Editor.AddedMilliseconds)} | at most 2 ms added |");
        table.AppendLine();
        table.AppendLine("| ordinary corpus in-process on one thread, binding and analysis in turn (no target) | ConversationHooks.Analyzers | no-op, same registrations | ours / no-op |");
        table.AppendLine("|---|---:|---:|---:|");
        table.AppendLine($"| analyzer execution over the whole corpus | {Milliseconds(result.Quiet.OursMilliseconds)} | {Milliseconds(result.Quiet.NoOpMilliseconds)} | {(result.Quiet.OursMilliseconds / result.Quiet.NoOpMilliseconds).ToString("0.0", CultureInfo.InvariantCulture)}x |");
        table.AppendLine();
        table.AppendLine($"Medians of {result.Runs} builds of each corpus after {WarmUpRounds} warm-up rounds, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; {Program.Machine()}; load average (1, 5, 15 min) {result.LoadBefore} before, {result.LoadAfter} after.");
        return table.ToString();
    }

    private static string Seconds(double seconds) => seconds < 0.001 ? "< 1 ms" : seconds < 1 ? (seconds * 1000).ToString("0", CultureInfo.InvariantCulture) + " ms" : seconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    private static string Milliseconds(double milliseconds) => milliseconds.ToString("0.00", CultureInfo.InvariantCulture) + " ms";

    private static string LoadAverage()
        => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>Runs the dotnet CLI as a user would (not as a child of this process' own build); the log is the answer.</summary>
    private static string Run(string workingDirectory, string[] arguments, bool allowFailure = false)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildSDKsPath");
        // A machine (CI's, this one's) may turn the compiler server off for every build; users' builds have it.
        start.Environment.Remove("UseSharedCompilation");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd() + stderr.Result;
        process.WaitForExit();
        if (process.ExitCode != 0 && !allowFailure)
        {
            throw new InvalidOperationException($"dotnet {string.Join(" ", start.ArgumentList)} failed:\n{output[^Math.Min(output.Length, 4000)..]}");
        }

        return output;
    }
}
