using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using ConversationHooks.Analyzers.Tests.TestHelpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ConversationHooks.Tests;

namespace ConversationHooks.Analyzers.Tests;

/// <summary>samples/Typos plants one mistake per rule, each marked "// CWHnnn" on its line.</summary>
public class TyposSampleTests
{
    private static string SamplePath() => Repository.PathOf("samples", "Typos", "Program.cs");

    [Fact]
    public async Task Every_planted_mistake_gives_exactly_its_diagnostic_and_nothing_else()
    {
        var source = await File.ReadAllTextAsync(SamplePath());
        var expected = source.Split('\n')
            .Select((line, index) => (Line: index + 1, Match: Regex.Match(line, @"// (CWH\d{3})\s*$")))
            .Where(x => x.Match.Success)
            .Select(x => $"{x.Line}:{x.Match.Groups[1].Value}")
            .OrderBy(x => x)
            .ToList();

        var trees = TestReferences.GeneratedSources.Select(g => CSharpSyntaxTree.ParseText(g.Source, path: g.Name))
            .Append(CSharpSyntaxTree.ParseText(source, path: "Program.cs"));
        var compilation = CSharpCompilation.Create(
            "Typos",
            trees,
            Net80.References.All.Concat(TestReferences.Twilio).Append(TestReferences.Runtime),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var analyzers = typeof(ConversationHooksAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

        var diagnostics = await compilation.WithAnalyzers(analyzers).GetAllDiagnosticsAsync();

        Assert.Empty(diagnostics.Where(d => d.Id.StartsWith("CS", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error));
        Assert.Equal(9, expected.Count);
        var actual = diagnostics.Where(d => d.Id.StartsWith("CWH", StringComparison.Ordinal) || d.Id == "AD0001")
            .Select(d => $"{d.Location.GetLineSpan().StartLinePosition.Line + 1}:{d.Id}")
            .OrderBy(x => x)
            .ToList();
        Assert.Equal(expected, actual);
    }
}
