using System.Linq;
using System.Text.RegularExpressions;
using ConversationHooks.Generator.Tests.TestHelpers;
using ConversationHooks.Spec;
using CsCheck;
using Microsoft.CodeAnalysis;

namespace ConversationHooks.Generator.Tests;

/// <summary>
/// The built-in spec, broken at random (truncated, a range deleted or copied elsewhere, a JSON token
/// inserted, two string values swapped): whatever comes out, nothing throws, every problem is a
/// CWH1nn at a line and column that match its offset, and a spec that still reads generates code
/// that compiles.
/// </summary>
public class SpecMutationTests
{
    private static readonly string Text = GeneratorRun.BuiltInSpec;

    private static readonly string[] Tokens =
    {
        "{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "0", "-1e999", "1.5", "\"x\"", "{}", "[]",
        "\"onMessageAdded\"", "\"AC\"", "\"conversation\"", "//", "\n", "\r", "\u0000", "\uD800", "\u00e9", " ",
    };

    /// <summary>Where each JSON string literal of the spec starts and how long it is (quotes included).</summary>
    private static readonly (int Start, int Length)[] Strings = Regex.Matches(Text, "\"(?:[^\"\\\\]|\\\\.)*\"")
        .Select(m => (m.Index, m.Length)).ToArray();

    private static readonly Gen<string> Mutation = Gen.OneOf(
        Gen.Int[0, Text.Length].Select(at => Text.Substring(0, at)),
        Gen.Select(Gen.Int[0, Text.Length], Gen.Int[1, 60], (at, count) => Text.Remove(at, Math.Min(count, Text.Length - at))),
        Gen.Select(Gen.Int[0, Text.Length], Gen.Int[0, Tokens.Length - 1].Select(i => Tokens[i]), (at, token) => Text.Insert(at, token)),
        Gen.Select(Gen.Int[0, Text.Length], Gen.Int[0, Text.Length - 1], Gen.Int[1, 80], (at, from, count) => Text.Insert(at, Text.Substring(from, Math.Min(count, Text.Length - from)))),
        Gen.Select(Gen.Int[0, Strings.Length - 1], Gen.Int[0, Strings.Length - 1], Swap));

    private static string Swap(int first, int second)
    {
        var (a, b) = first <= second ? (Strings[first], Strings[second]) : (Strings[second], Strings[first]);
        if (a.Start == b.Start)
        {
            return Text;
        }

        return Text.Substring(0, a.Start) + Text.Substring(b.Start, b.Length)
            + Text.Substring(a.Start + a.Length, b.Start - a.Start - a.Length)
            + Text.Substring(a.Start, a.Length) + Text.Substring(b.Start + b.Length);
    }

    [Fact]
    public void A_mutated_spec_reads_or_reports_located_problems_and_never_throws()
        => Mutation.Sample(text =>
        {
            var result = SpecReader.Read(text);
            Assert.True(result.Spec is not null || result.Diagnostics.Count > 0, "no spec and no diagnostic");
            foreach (var diagnostic in result.Diagnostics)
            {
                Assert.Contains(diagnostic.Id, new[] { "CWH100", "CWH101", "CWH102", "CWH103" });
                Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
                Assert.InRange(diagnostic.Offset, 0, text.Length);
                Assert.InRange(diagnostic.Length, 0, text.Length - diagnostic.Offset);
                Assert.Equal(LineAndColumn(text, diagnostic.Offset), (diagnostic.Line, diagnostic.Column));
            }
        }, iter: 3_000);

    [Fact]
    public void A_mutated_spec_never_makes_the_generator_throw_and_what_it_generates_compiles()
        => Mutation.Sample(text =>
        {
            var run = new GeneratorRun();
            run.SpecFiles.Add(("/project/webhook-spec.json", text));
            var result = run.Run();

            Assert.Null(result.Exception);
            Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "CS8785");
            if (result.GeneratorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                Assert.Empty(result.GeneratedSources);
            }
            else
            {
                Assert.Empty(result.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
            }
        }, iter: 60, threads: 1);

    /// <summary>The 1-based line and column of <paramref name="offset"/>, line breaks being \r\n, \r or \n.</summary>
    private static (int Line, int Column) LineAndColumn(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\r' || text[i] == '\n')
            {
                if (text[i] == '\r' && i + 1 < offset && text[i + 1] == '\n')
                {
                    i++;
                }

                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
