using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using ConversationHooks.Analyzers.Tests.TestHelpers;
using ConversationHooks.CodeFixes;
using ConversationHooks.Tests;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ConversationHooks.Analyzers.Tests;

/// <summary>
/// Code as it is while someone types: samples/Typos and every value shape the rules follow, broken at
/// random (a range deleted or copied elsewhere, a token inserted). The analyzer and the code fixes
/// must never throw (no AD0001), whatever the compiler thinks of the code.
/// </summary>
public class BrokenCodeTests
{
    private const string Shapes = """
        internal sealed class Shapes
        {
            private const string Filter = "onMessageSend";

            public void Subscribe([WebhookFilterName] string filter, [Sid("AC")] string account) { }

            public void All(string input)
            {
                const string local = "onMessage" + "Send";
                var list = new List<string> { "onMessageSend", Filter, local, input };
                WebhookResource.Update(filters: list, method: "PUT", target: "studio");
                WebhookResource.Update(filters: ["onMessageAdded", "onMessageAdd"]);
                WebhookResource.Update(filters: new List<string>(new[] { "onMessageSent" }));
                var options = new UpdateWebhookOptions { Method = "get", Filters = { "onUserUpdated" } };
                options.Filters.Add("onMessageRemove");
                options.Filters.AddRange(new string[] { "onConversationStateUpdated", "onParticipantAdded" });
                options.Target = "flex";
                ServiceWebhooks.WebhookResource.Update("ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", filters: new List<string> { "onUserAdded" });
                ConversationWebhooks.WebhookResource.Fetch("CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "WHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
                ConversationWebhooks.WebhookResource.Create("my-unique-name", "webhook", configurationFilters: new List<string> { "onMessageAdd" }, configurationFlowSid: "FWzz");
                Subscribe("onMessageSend", "ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
                var sid = AccountSid.Parse("ACnothex");
                WebhookFilterNames.TryParse("onMessageSend", out _);
                new Twilio.Security.RequestValidator("token");
            }
        }
        """;

    private static readonly string[] Tokens =
    {
        "(", ")", "{", "}", "[", "]", ",", ";", "\"", "@\"", "$\"", "\"\"\"", "=>", "=", ".", "..", "new", "null",
        "default", "const", "var", "!", "?", "+", "{|", "<string>", "\"onMessageSend\"", "Filters", "static", "\n",
    };

    private static readonly string Corpus = System.IO.File.ReadAllText(Repository.PathOf("samples", "Typos", "Program.cs")) + "\n" + Shapes;

    private static readonly ImmutableArray<SyntaxTree> Generated = TestReferences.GeneratedSources
        .Select(g => CSharpSyntaxTree.ParseText(g.Source, path: g.Name)).ToImmutableArray();

    private static readonly Gen<string> Mutation = Gen.OneOf(
        Gen.Select(Gen.Int[0, Corpus.Length], Gen.Int[1, 40], (at, count) => Corpus.Remove(at, Math.Min(count, Corpus.Length - at))),
        Gen.Select(Gen.Int[0, Corpus.Length], Gen.Int[0, Tokens.Length - 1], (at, token) => Corpus.Insert(at, Tokens[token])),
        Gen.Select(Gen.Int[0, Corpus.Length], Gen.Int[0, Corpus.Length - 1], Gen.Int[1, 60], (at, from, count) => Corpus.Insert(at, Corpus.Substring(from, Math.Min(count, Corpus.Length - from)))));

    [Fact]
    public async Task The_unbroken_corpus_gives_a_diagnostic_of_every_rule()
    {
        var ids = (await AnalyzeAsync(Corpus)).Diagnostics.Select(d => d.Id).ToHashSet();
        Assert.Superset(new HashSet<string> { "CWH001", "CWH002", "CWH003", "CWH004", "CWH005", "CWH006", "CWH007" }, ids);
    }

    [Fact]
    public Task Broken_code_never_makes_the_analyzer_or_the_fixes_throw()
        => Mutation.SampleAsync(async text =>
        {
            var (diagnostics, exceptions) = await AnalyzeAsync(text);
            Assert.Empty(exceptions);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");

            var fix = new WebhookFilterCodeFix();
            var fixable = diagnostics.Where(d => fix.FixableDiagnosticIds.Contains(d.Id) && d.Location.IsInSource).ToList();
            if (fixable.Count > 0)
            {
                using var workspace = new AdhocWorkspace();
                var document = Document(workspace, text);
                foreach (var diagnostic in fixable)
                {
                    await ApplyEveryFix(fix, document, diagnostic);
                }
            }
        }, iter: 20, threads: 1);

    private static async Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyCollection<Exception> Exceptions)> AnalyzeAsync(string text)
    {
        var exceptions = new ConcurrentBag<Exception>();
        var compilation = CSharpCompilation.Create(
            "Broken",
            Generated.Add(CSharpSyntaxTree.ParseText(text, path: "Program.cs")),
            Net80.References.All.Concat(TestReferences.Twilio).Append(TestReferences.Runtime),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, diagnostic) => exceptions.Add(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ConversationHooksAnalyzer(), new FilterConstantAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync();
        return (diagnostics, exceptions);
    }

    private static Document Document(AdhocWorkspace workspace, string text)
    {
        var project = workspace.AddProject("Broken", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.ConsoleApplication))
            .AddMetadataReferences(Net80.References.All.Concat(TestReferences.Twilio).Append(TestReferences.Runtime));
        foreach (var tree in Generated)
        {
            project = project.AddDocument(tree.FilePath, tree.GetText()).Project;
        }

        return project.AddDocument("Program.cs", SourceText.From(text));
    }

    private static async Task ApplyEveryFix(CodeFixProvider fix, Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await fix.RegisterCodeFixesAsync(context);
        foreach (var action in actions.SelectMany(a => a.NestedActions.IsEmpty ? new[] { a } : a.NestedActions.ToArray()))
        {
            Assert.NotEmpty(await action.GetOperationsAsync(CancellationToken.None));
        }
    }
}
