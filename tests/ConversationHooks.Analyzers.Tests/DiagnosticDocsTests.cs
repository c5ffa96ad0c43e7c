using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;
using ConversationHooks.Tests;

namespace ConversationHooks.Analyzers.Tests;

public class DiagnosticDocsTests
{
    private static Microsoft.CodeAnalysis.DiagnosticDescriptor[] Descriptors()
        => typeof(ConversationHooks.Analyzers.ConversationHooksAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .SelectMany(t => (IEnumerable<Microsoft.CodeAnalysis.DiagnosticDescriptor>)((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
            .ToArray();

    public static TheoryData<string> AnalyzerDiagnostics() => new(Descriptors().Select(d => d.Id).Distinct().OrderBy(id => id));

    [Fact]
    public void Every_analyzer_rule_of_the_catalogue_is_implemented()
        => Assert.Equal(new[] { "CWH001", "CWH002", "CWH003", "CWH004", "CWH005", "CWH006", "CWH007", "CWH008", "CWH009" }, Descriptors().Select(d => d.Id).Distinct().OrderBy(id => id));

    [Theory]
    [MemberData(nameof(AnalyzerDiagnostics))]
    public void Every_analyzer_diagnostic_links_to_its_page(string id)
    {
        var descriptor = Descriptors().First(d => d.Id == id);
        Assert.Equal($"{Repository.Url}/blob/main/docs/diagnostics/{id}.md", descriptor.HelpLinkUri);
        Assert.True(File.Exists(Repository.PathOf("docs", "diagnostics", id + ".md")), $"docs/diagnostics/{id}.md is missing");
    }
}
