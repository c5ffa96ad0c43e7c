using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConversationHooks.Generator.Tests.TestHelpers;

/// <summary>Runs the generator on in-memory sources and spec files, as the compiler would.</summary>
internal sealed class GeneratorRun
{
    public static readonly string BuiltInSpec = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "webhook-spec.json"));

    public List<string> Sources { get; } = new() { "namespace App { internal static class Program { } }" };

    public List<(string Path, string Text)> SpecFiles { get; } = new();

    public Dictionary<string, string> Properties { get; } = new();

    public string AssemblyName { get; set; } = "Consumer";

    /// <summary>More references than the framework's and the runtime's (a library the output depends on).</summary>
    public List<MetadataReference> AdditionalReferences { get; } = new();

    public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Latest;

    public NullableContextOptions Nullable { get; set; } = NullableContextOptions.Enable;

    /// <summary>Diagnose: XML doc comments are checked, as with GenerateDocumentationFile (CS1591 on a public member without one).</summary>
    public DocumentationMode DocumentationMode { get; set; } = DocumentationMode.Parse;

    /// <summary>The project references ConversationHooks.AspNetCore (and so ASP.NET Core): the endpoint's typed part is generated.</summary>
    public bool ReferencesAspNetCoreEndpoint { get; set; }

    public CSharpParseOptions ParseOptions => new(LanguageVersion, DocumentationMode);

    public CSharpCompilation CreateCompilation()
        => CSharpCompilation.Create(
            AssemblyName,
            Sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: Nullable, generalDiagnosticOption: ReportDiagnostic.Error)
                .WithSpecificDiagnosticOptions(SdkNoWarn));

    // What the .NET SDK leaves out by default (NoWarn 1701;1702): ConversationHooks.AspNetCore is built for net8.0, the references are .NET 10's.
    private static readonly Dictionary<string, ReportDiagnostic> SdkNoWarn = new() { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress };

    private IEnumerable<MetadataReference> References()
    {
        var runtime = MetadataReference.CreateFromFile(typeof(ConversationHooks.FormWriter).Assembly.Location);
        if (!ReferencesAspNetCoreEndpoint)
        {
            return Net80.References.All.Append(runtime).Concat(AdditionalReferences);
        }

        return Net100.References.All
            .Concat(AspNetCoreReferenceAssemblies.All)
            .Append(runtime)
            .Append(MetadataReference.CreateFromFile(typeof(ConversationHooks.AspNetCore.WebhookHooks).Assembly.Location))
            .Concat(AdditionalReferences);
    }

    public IReadOnlyList<AdditionalText> CreateAdditionalTexts()
        => SpecFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList();

    public GeneratorDriver CreateDriver(IEnumerable<AdditionalText>? additionalTexts = null)
        => CSharpGeneratorDriver.Create(
            new[] { new WebhookGenerator().AsSourceGenerator() },
            additionalTexts ?? CreateAdditionalTexts(),
            ParseOptions,
            new TestOptionsProvider(Properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once; the output compilation and every diagnostic (generator's and compiler's).</summary>
    public Result Run()
    {
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(CreateCompilation(), out var output, out var generatorDiagnostics);
        var runResult = driver.GetRunResult();
        return new Result(output, generatorDiagnostics, runResult);
    }

    public sealed record Result(Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics, GeneratorDriverRunResult RunResult)
    {
        public ImmutableArray<Diagnostic> CompilationDiagnostics => Output.GetDiagnostics();

        public IEnumerable<GeneratedSourceResult> GeneratedSources => RunResult.Results.Single().GeneratedSources;

        public Exception? Exception => RunResult.Results.Single().Exception;
    }
}
