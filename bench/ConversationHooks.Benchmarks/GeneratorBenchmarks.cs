using System.Linq;
using Basic.Reference.Assemblies;
using BenchmarkDotNet.Attributes;
using ConversationHooks.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConversationHooks.Benchmarks;

/// <summary>
/// The generator on the built-in spec: a full run (a new driver: what a first build pays), and a run
/// after an unrelated edit (what every keystroke in the IDE pays).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _warmDriver = null!;

    [GlobalSetup]
    public void Setup()
    {
        var sources = Enumerable.Range(0, 20).Select(i => CSharpSyntaxTree.ParseText($"namespace App {{ internal static class Class{i} {{ public static int M() => {i}; }} }}", ParseOptions));
        _compilation = CSharpCompilation.Create(
            "Consumer",
            sources,
            Net80.References.All.Append(MetadataReference.CreateFromFile(typeof(FormWriter).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _edited = _compilation.ReplaceSyntaxTree(
            _compilation.SyntaxTrees.First(),
            CSharpSyntaxTree.ParseText("namespace App { internal static class Class0 { public static int M() => 42; } }", ParseOptions));
        _warmDriver = NewDriver().RunGenerators(_compilation);
    }

    [Benchmark(Baseline = true, Description = "generator: full run (new driver)")]
    public GeneratorDriver FullRun() => NewDriver().RunGenerators(_compilation);

    [Benchmark(Description = "generator: run after an unrelated edit")]
    public GeneratorDriver CachedRun() => _warmDriver.RunGenerators(_edited);

    private static GeneratorDriver NewDriver()
        => CSharpGeneratorDriver.Create(new[] { new WebhookGenerator().AsSourceGenerator() }, parseOptions: ParseOptions);
}
