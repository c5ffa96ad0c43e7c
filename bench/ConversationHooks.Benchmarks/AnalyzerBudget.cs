using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using ConversationHooks.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConversationHooks.Benchmarks;

/// <summary>
/// What the analyzers add to a build: a synthetic project of 1,000 files with 2,000 checked Twilio
/// SDK call sites (a fifth of them with mistakes). The analyzers' execution time, as Roslyn logs it
/// (CompilationWithAnalyzers with logAnalyzerExecutionTime), is compared with the compilation's own
/// cost to bind, produce its diagnostics and emit. Each is measured on a fresh compilation; the
/// median of several runs is kept.
/// </summary>
internal static class AnalyzerBudget
{
    public const int Files = 1_000;
    public const int CallSitesPerFile = 2;

    /// <summary>
    /// Medians of the times; <see cref="Share"/> is the median of each run's own share (both halves of a
    /// run meet the same machine speed), with the middle half of the runs around it.
    /// </summary>
    public sealed record Result(TimeSpan Compilation, TimeSpan Analyzers, int Diagnostics, string PerAnalyzer, double Share, double LowerShare, double UpperShare);

    public static async Task<Result> MeasureAsync(int runs)
    {
        var results = new List<Result>();
        for (var run = 0; run < runs + 1; run++)
        {
            var result = await MeasureOnceAsync();
            if (run > 0)
            {
                results.Add(result); // the first run warms up the JIT
            }
        }

        var shares = results.Select(r => r.Share).OrderBy(s => s).ToList();
        return new Result(
            Median(results.Select(r => r.Compilation)),
            Median(results.Select(r => r.Analyzers)),
            results[0].Diagnostics,
            results[results.Count / 2].PerAnalyzer,
            shares[shares.Count / 2],
            shares[shares.Count / 4],
            shares[3 * shares.Count / 4]);
    }

    private static async Task<Result> MeasureOnceAsync()
    {
        var compileTime = Stopwatch.StartNew();
        var compilation = CreateCompilation();
        var compilerErrors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        using (var stream = new MemoryStream())
        {
            var emit = compilation.Emit(stream);
            if (!emit.Success || compilerErrors > 0)
            {
                throw new InvalidOperationException("The synthetic project does not compile: " + string.Join("\n", emit.Diagnostics.Take(5)));
            }
        }

        compileTime.Stop();

        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ConversationHooksAnalyzer());
        var withAnalyzers = CreateCompilation().WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: null,
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: true));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        if (diagnostics.Length != Files * CallSitesPerFile / 5)
        {
            // A faster analyzer that misses mistakes is no result: every planted one must be found.
            throw new InvalidOperationException($"Expected {Files * CallSitesPerFile / 5} diagnostics (one per planted mistake), found {diagnostics.Length}.");
        }

        var analyzerTime = TimeSpan.Zero;
        var perAnalyzer = new System.Text.StringBuilder();
        foreach (var analyzer in analyzers)
        {
            var time = (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default)).ExecutionTime;
            perAnalyzer.Append($"{analyzer.GetType().Name} {time.TotalMilliseconds:0.0} ms; ");
            analyzerTime += time;
        }

        var share = analyzerTime.TotalMilliseconds / compileTime.Elapsed.TotalMilliseconds;
        return new Result(compileTime.Elapsed, analyzerTime, diagnostics.Length, perAnalyzer.ToString(), share, share, share);
    }

    private static CSharpCompilation CreateCompilation()
    {
        var trees = Enumerable.Range(0, Files).Select(i => CSharpSyntaxTree.ParseText(SourceFile(i), new CSharpParseOptions(LanguageVersion.Latest), path: $"File{i}.cs"));
        return CSharpCompilation.Create(
            "Synthetic",
            trees,
            Net80.References.All.Concat(new[]
            {
                MetadataReference.CreateFromFile(typeof(Twilio.TwilioClient).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(Newtonsoft.Json.JsonConvert).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(FormWriter).Assembly.Location),
            }),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
    }

    /// <summary>A file with two checked call sites and ordinary code around them; every fifth site has a mistake.</summary>
    internal static string SourceFile(int i)
    {
        var first = 2 * i;
        var filter = first % 5 == 0 ? "onMessageSend" : "onMessageAdded";
        var service = (first + 1) % 5 == 0 ? "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" : "ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        return $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using Twilio.Rest.Conversations.V1.Configuration;
            using ServiceWebhooks = Twilio.Rest.Conversations.V1.Service.Configuration;

            namespace Synthetic.Area{{i % 20}}
            {
                public sealed class Handler{{i}}
                {
                    private readonly Dictionary<string, int> _counts = new Dictionary<string, int>();

                    public int Count(IEnumerable<string> words)
                    {
                        foreach (var word in words.Where(w => !string.IsNullOrWhiteSpace(w)))
                        {
                            _counts[word] = _counts.TryGetValue(word, out var n) ? n + 1 : 1;
                        }

                        return _counts.Values.Sum() + {{i}};
                    }

                    public string Describe(int value) => value switch
                    {
                        < 0 => "negative",
                        0 => "zero",
                        _ => $"positive {value} in {{i}}",
                    };

                    public void Configure()
                    {
                        var options = new UpdateWebhookOptions
                        {
                            Method = "POST",
                            Filters = new List<string> { "{{filter}}", "onConversationUpdated" },
                        };
                        Console.WriteLine(options.PostWebhookUrl);
                        ServiceWebhooks.WebhookResource.Fetch("{{service}}");
                    }
                }
            }
            """;
    }

    private static TimeSpan Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }
}
