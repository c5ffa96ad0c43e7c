using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using ConversationHooks.Generator.Diagnostics;
using ConversationHooks.Spec;
using Microsoft.CodeAnalysis;
using ConversationHooks.Tests;

namespace ConversationHooks.Generator.Tests;

/// <summary>
/// The diagnostic catalogue, read from four independent places: the IDs the code reports
/// (<see cref="DiagnosticIds"/>), the IDs the package's MSBuild targets report, the pages in
/// docs/diagnostics, and the README's tables. Each must account for the others.
/// </summary>
public class DiagnosticDocsTests
{
    private static SortedSet<string> Sorted(IEnumerable<string> ids) => new(ids, StringComparer.Ordinal);

    private static SortedSet<string> ReportedByCode()
        => Sorted(typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!));

    private static SortedSet<string> ReportedByTargets()
        => Sorted(Directory.GetFiles(Repository.PathOf("src", "Package"), "*.targets", SearchOption.AllDirectories)
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), "Code=\"(CWH\\d{3})\"").Select(m => m.Groups[1].Value)));

    private static SortedSet<string> Pages()
        => Sorted(Directory.GetFiles(Repository.PathOf("docs", "diagnostics"), "*.md").Select(Path.GetFileNameWithoutExtension)!);

    private static SortedSet<string> ReadmeRows()
        => Sorted(Regex.Matches(File.ReadAllText(Repository.PathOf("README.md")), @"^\| \[(CWH\d{3})\]\(docs/diagnostics/\1\.md\) \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value));

    [Fact]
    public void The_package_targets_report_CWH105()
        => Assert.Contains("CWH105", ReportedByTargets());

    [Fact]
    public void Every_reported_id_has_a_page_and_every_page_an_id_that_is_reported()
        => Assert.Equal(Sorted(ReportedByCode().Concat(ReportedByTargets())), Pages());

    [Fact]
    public void The_README_lists_every_page_once_with_a_link_to_it()
        => Assert.Equal(Pages(), ReadmeRows());

    [Fact]
    public void Every_page_is_titled_with_its_id()
        => Assert.All(Pages(), id => Assert.StartsWith($"# {id}: ", File.ReadAllText(Repository.PathOf("docs", "diagnostics", id + ".md"))));

    [Fact]
    public void Every_spec_diagnostic_links_to_its_own_page()
        => Assert.All(
            typeof(SpecDiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (DiagnosticDescriptor)f.GetValue(null)!),
            d => Assert.Equal($"{Repository.Url}/blob/main/docs/diagnostics/{d.Id}.md", d.HelpLinkUri));
}
