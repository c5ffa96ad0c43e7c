using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using ConversationHooks.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ConversationHooks.Analyzers.Tests.TestHelpers;

/// <summary>
/// Microsoft.CodeAnalysis.Testing verifiers set up like a user's project: the Twilio SDK 8.2.0 and
/// the runtime referenced; with <c>generated: true</c> the real generator's output is compiled beside.
/// </summary>
internal static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(id);

    /// <summary>Checks that <paramref name="source"/> (markup: <c>{|CWH001:"x"|}</c>) gives exactly the marked and expected diagnostics.</summary>
    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected)
        => AnalyzerAsync(source, generated: false, spec: null, expected);

    public static Task AnalyzerAsync(string source, bool generated, string? spec, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source, ReferenceAssemblies = TestReferences.None };
        Configure(test.TestState, generated, spec);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Checks the diagnostics of several files (generated code beside) under an .editorconfig in their folder, /0/.</summary>
    public static Task AnalyzerAsync((string FileName, string Source)[] sources, string editorConfig, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { ReferenceAssemblies = TestReferences.None };
        foreach (var (fileName, source) in sources)
        {
            test.TestState.Sources.Add(("/0/" + fileName, source));
        }

        test.TestState.AnalyzerConfigFiles.Add(("/0/.editorconfig", editorConfig));
        Configure(test.TestState, generated: true, spec: null);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>
    /// Checks the diagnostics of <paramref name="source"/>, then the code fix and Fix All. With
    /// <paramref name="oneFixAllPass"/>, each Fix All scope must fix everything in one pass, as
    /// <c>dotnet format</c> runs it (one pass, every ID of the provider, the first action's key).
    /// </summary>
    public static Task CodeFixAsync(string source, string fixedSource, int actionIndex = 0, bool generated = false, bool oneFixAllPass = false)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, WebhookFilterCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = TestReferences.None,
            CodeActionIndex = actionIndex,
        };
        if (oneFixAllPass)
        {
            test.NumberOfFixAllIterations = 1;
            test.NumberOfFixAllInDocumentIterations = 1;
            test.NumberOfFixAllInProjectIterations = 1;
        }

        Configure(test.TestState, generated, spec: null);
        Configure(test.FixedState, generated, spec: null);
        return test.RunAsync();
    }

    private static void Configure(SolutionState state, bool generated, string? spec)
    {
        state.AdditionalReferences.AddRange(Net80.References.All);
        state.AdditionalReferences.AddRange(TestReferences.Twilio);
        state.AdditionalReferences.Add(TestReferences.Runtime);
        if (generated)
        {
            foreach (var (name, source) in TestReferences.GeneratedSources)
            {
                state.Sources.Add((name, source));
            }
        }

        if (spec is not null)
        {
            state.AdditionalFiles.Add(("/0/webhook-spec.json", spec));
        }
    }
}
