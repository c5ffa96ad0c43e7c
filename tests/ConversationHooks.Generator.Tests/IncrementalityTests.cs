using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ConversationHooks.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConversationHooks.Generator.Tests;

public class IncrementalityTests
{
    private static readonly string[] TrackedSteps =
    {
        TrackingNames.LanguageVersion, TrackingNames.Options, TrackingNames.SpecFiles, TrackingNames.SpecSource,
        TrackingNames.Parse, TrackingNames.Model, TrackingNames.References, TrackingNames.Output,
    };

    private static readonly string SpecPath = "/project/webhook-spec.json";

    private static (GeneratorDriver Driver, Compilation Compilation, AdditionalText Spec) FirstRun()
    {
        var run = new GeneratorRun();
        run.SpecFiles.Add((SpecPath, MalformedSpecCases.Valid));
        var spec = run.CreateAdditionalTexts().Single();
        var compilation = run.CreateCompilation();
        var driver = run.CreateDriver(new[] { spec }).RunGenerators(compilation);
        return (driver, compilation, spec);
    }

    private static Dictionary<string, IncrementalStepRunReason[]> Reasons(GeneratorDriver driver)
        => driver.GetRunResult().Results.Single().TrackedSteps
            .Where(step => TrackedSteps.Contains(step.Key))
            .ToDictionary(step => step.Key, step => step.Value.SelectMany(run => run.Outputs).Select(o => o.Reason).ToArray());

    [Fact]
    public void An_unrelated_code_edit_leaves_every_step_cached()
    {
        var (driver, compilation, _) = FirstRun();
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App { class Unrelated { } }", new CSharpParseOptions(LanguageVersion.Latest)));

        var reasons = Reasons(driver.RunGenerators(edited));

        Assert.Equal(TrackedSteps.OrderBy(s => s), reasons.Keys.OrderBy(s => s));
        Assert.All(reasons, step => Assert.All(step.Value, reason => Assert.True(
            reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            $"{step.Key} was {reason}")));
    }

    [Fact]
    public void A_whitespace_only_spec_edit_stops_at_the_parse_step()
    {
        var (driver, compilation, spec) = FirstRun();
        var spaced = MalformedSpecCases.Valid.Replace(",", " ,\n  ");
        driver = driver.ReplaceAdditionalText(spec, new InMemoryAdditionalText(SpecPath, spaced));

        var reasons = Reasons(driver.RunGenerators(compilation));

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(reasons[TrackingNames.SpecSource]));
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(reasons[TrackingNames.Parse]));
        Assert.All(reasons[TrackingNames.Model].Concat(reasons[TrackingNames.Output]), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void A_real_spec_change_regenerates()
    {
        var (driver, compilation, spec) = FirstRun();
        var changed = MalformedSpecCases.Valid.Replace("\"description\": \"After.\"", "\"description\": \"After it was added.\"");
        driver = driver.ReplaceAdditionalText(spec, new InMemoryAdditionalText(SpecPath, changed));

        driver = driver.RunGenerators(compilation);
        var reasons = Reasons(driver);

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(reasons[TrackingNames.Output]));
        Assert.Contains("After it was added.", driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "WebhookFilter.g.cs").SourceText.ToString());
    }

    [Fact]
    public void No_step_keeps_a_compilation_symbol_syntax_node_or_metadata_reference()
    {
        var (driver, _, _) = FirstRun();
        foreach (var step in driver.GetRunResult().Results.Single().TrackedSteps.Where(s => TrackedSteps.Contains(s.Key)))
        {
            foreach (var output in step.Value.SelectMany(run => run.Outputs))
            {
                AssertNoRoslynObjects(output.Value, step.Key, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void AssertNoRoslynObjects(object? value, string step, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        // A metadata reference too: it holds the compiler's metadata (and through it symbols) alive across runs.
        Assert.False(value is Compilation or ISymbol or SyntaxNode or MetadataReference, $"Step {step} keeps a {value.GetType().Name}.");
        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertNoRoslynObjects(item, step, seen);
            }
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(value), step, seen);
        }
    }
}
