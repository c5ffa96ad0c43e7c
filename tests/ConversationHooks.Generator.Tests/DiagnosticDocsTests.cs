using System.IO;
using System.Linq;
using System.Reflection;
using ConversationHooks.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using ConversationHooks.Tests;

namespace ConversationHooks.Generator.Tests;

public class DiagnosticDocsTests
{
    public static TheoryData<string> Descriptors()
        => new(typeof(SpecDiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => ((DiagnosticDescriptor)f.GetValue(null)!).Id));

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Every_spec_diagnostic_links_to_its_page(string id)
    {
        var descriptor = SpecDiagnosticDescriptors.ForId(id);
        Assert.Equal(id, descriptor.Id);
        Assert.Equal($"{Repository.Url}/blob/main/docs/diagnostics/{id}.md", descriptor.HelpLinkUri);
        Assert.True(File.Exists(Repository.PathOf("docs", "diagnostics", id + ".md")), $"docs/diagnostics/{id}.md is missing");
    }
}
