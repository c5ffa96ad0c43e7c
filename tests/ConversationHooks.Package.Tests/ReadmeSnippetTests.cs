using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using ConversationHooks.Tests;

namespace ConversationHooks.Package.Tests;

/// <summary>
/// Every C# block of the README compiles as pasted into a new web app (<c>dotnet new web</c>: implicit usings,
/// nullable on) that references the packed packages: the blocks are extracted, each becomes the body of a method
/// whose parameters are the names the block uses but does not declare (its scaffolding, below), and one consumer
/// project builds them all. <c>#line</c> directives point every compiler message at the README's own line.
/// </summary>
public sealed class ReadmeSnippetTests
{
    /// <summary>A block that is a file of its own (a class the app declares), compiled as it is.</summary>
    private static readonly Scaffolding WholeFile = new("(a whole file)");

    /// <summary>
    /// The minimum each block needs, found by the marker on the line before it, <c>&lt;!-- snippet: name --&gt;</c>:
    /// the parameters that stand for what the surrounding app has (a builder, a token, a request's text), and any
    /// declarations the block assumes. A block without a marker gets none. A block whose text changes may need its
    /// entry changed here; a new block, a marker and an entry.
    /// </summary>
    private static readonly Dictionary<string, Scaffolding> Scaffoldings = new()
    {
        ["generated-types"] = new("string json, string userInput"),
        ["receive-any-framework"] = new("WebApplication app"),
        ["validate-signature"] = new("string primaryToken, string secondaryToken, string formBody, string? signatureHeader, string? signatureSettingsHeader"),
        ["receive-aspnetcore"] = new(
            "WebApplicationBuilder builder",
            // The README declares it in the sentence after the block.
            "public interface IMessageStore { Task SaveAsync(ConversationHooks.MessageAddedEvent message, CancellationToken cancellationToken); }"),
        ["forwarded-headers"] = new("WebApplicationBuilder builder"),
        ["receive-processor"] = WholeFile,
        ["receive-processor-map"] = new("WebApplicationBuilder builder"),
        ["receive-receiver"] = new("WebApplicationBuilder builder"),
        ["receive-controller"] = WholeFile,
        ["receive-without-httpcontext"] = new("ConversationHooks.TwilioRequestValidator validator, string url, string? signatureHeader, string body"),
        ["client"] = new("CancellationToken cancellationToken"),
        ["client-list"] = new("ConversationHooks.WebhookConfigurationClient client, ConversationHooks.ConversationSid conversation, CancellationToken cancellationToken"),
        ["client-configuration"] = new("WebApplicationBuilder builder"),
        ["client-failures"] = new("ConversationHooks.WebhookConfigurationClient client, ConversationHooks.ConversationSid conversation, ConversationHooks.WebhookSid webhook, CancellationToken cancellationToken"),
        ["twilio-sdk"] = new("string conversationSid"),
        ["test-handler-unit"] = new(string.Empty),
        ["test-handler-integration"] = new(string.Empty),
        ["event-json"] = new("ConversationHooks.WebhookEvent e"),
        ["several-machines"] = new("WebApplicationBuilder builder"),
        ["dead-letters"] = new("WebApplication app"),
    };

    private static readonly Regex Marker = new(@"^<!--\s*snippet:\s*(?<name>[\w-]+)\s*-->\s*$");
    private static readonly Regex UsingDirective = new(@"^using\s+(static\s+)?[\w.]+(\s*=\s*[\w.<>, ]+)?;\s*(//.*)?$");

    [Fact]
    public async Task Every_csharp_block_of_the_README_compiles_against_the_packed_packages()
    {
        var readme = Repository.PathOf("README.md");
        var snippets = Snippets(File.ReadAllLines(readme));
        Assert.True(snippets.Count >= 8, $"The README has {snippets.Count} C# blocks; expected at least 8: is the extraction still right?");
        var unknown = snippets.Where(s => s.Marker is not null && !Scaffoldings.ContainsKey(s.Marker)).Select(s => $"README.md line {s.FenceLine}: marker '{s.Marker}' has no entry in ReadmeSnippetTests.Scaffoldings").ToList();
        Assert.True(unknown.Count == 0, string.Join("\n", unknown));

        var consumer = await Consumer.CreateAsync("readme-snippets");
        consumer.Project("App", extra: "<ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable>", items: string.Join("\n",
            consumer.Package.Reference("ConversationHooks.DependencyInjection"),
            consumer.Package.Reference("ConversationHooks.AspNetCore"),
            consumer.Package.Reference("ConversationHooks.AspNetCore.Redis"),
            $"<PackageReference Include=\"Twilio\" Version=\"{VersionOf("Twilio")}\" />",
            // The test snippets: a handler's unit test (xunit's asserts) and a WebApplicationFactory test.
            $"<PackageReference Include=\"xunit.assert\" Version=\"{VersionOf("xunit")}\" />",
            $"<PackageReference Include=\"Microsoft.AspNetCore.Mvc.Testing\" Version=\"{VersionOf("Microsoft.AspNetCore.Mvc.Testing")}\" />"));
        // A web app's project file; the Consumer helper writes the plain SDK's.
        var project = Path.Combine(consumer.Root, "App", "App.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("<Project Sdk=\"Microsoft.NET.Sdk\">", "<Project Sdk=\"Microsoft.NET.Sdk.Web\">").Replace("<ImplicitUsings>disable</ImplicitUsings>", string.Empty));
        // A class, as a web app's Program is (WebApplicationFactory<Program> takes it).
        consumer.Write("App/Program.cs", "public partial class Program { private static void Main() { } }");
        foreach (var snippet in snippets)
        {
            consumer.Write($"App/Snippet{snippet.FenceLine}.cs", snippet.Source(readme));
        }

        var build = await consumer.BuildAsync("App");

        var errors = build.Diagnostics.Where(d => d.Severity == "error").Select(d => Explain(d, snippets)).ToList();
        Assert.True(build.ExitCode == 0 && errors.Count == 0, errors.Count > 0 ? string.Join("\n", errors) : build.Output);
    }

    private static string Explain(BuildDiagnostic diagnostic, IReadOnlyList<Snippet> snippets)
    {
        var snippet = snippets.LastOrDefault(s => Path.GetFileName(diagnostic.File) == "README.md" && s.FenceLine < diagnostic.Line);
        var where = snippet is null ? string.Empty
            : $" (the block at line {snippet.FenceLine}, " + (snippet.Marker is null ? "no marker: add <!-- snippet: name --> before it and an entry in ReadmeSnippetTests.Scaffoldings" : $"scaffolding '{snippet.Marker}'") + ")";
        return $"{Path.GetFileName(diagnostic.File)} line {diagnostic.Line}, column {diagnostic.Column}: {diagnostic.Id}: {diagnostic.Message}{where}";
    }

    private static List<Snippet> Snippets(string[] lines)
    {
        var snippets = new List<Snippet>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```csharp")
            {
                continue;
            }

            var indent = lines[i].Length - lines[i].TrimStart().Length;
            var end = Array.FindIndex(lines, i + 1, l => l.Trim() == "```");
            var marker = i > 0 && Marker.Match(lines[i - 1].Trim()) is { Success: true } m ? m.Groups["name"].Value : null;
            var body = lines.Skip(i + 1).Take(end - i - 1).Select(l => l.Length >= indent ? l.Substring(indent) : l.TrimStart()).ToList();
            snippets.Add(new Snippet(i + 1, marker, body));
            i = end;
        }

        return snippets;
    }

    private static string VersionOf(string id)
        => Regex.Match(File.ReadAllText(Repository.PathOf("Directory.Packages.props")), $"Include=\"{Regex.Escape(id)}\" Version=\"(?<v>[^\"]+)\"").Groups["v"].Value;

    /// <summary>What a block needs around it: method parameters and declarations beside the method (its using directives it writes itself).</summary>
    private sealed record Scaffolding(string Parameters, string Declarations = "");


    /// <summary>One C# block: the line of its opening fence (1-based), its marker, its lines.</summary>
    private sealed record Snippet(int FenceLine, string? Marker, IReadOnlyList<string> Lines)
    {
        /// <summary>A file: the block's using directives first, the rest as a method body, every line mapped to the README.</summary>
        public string Source(string readme)
        {
            var scaffolding = Marker is null ? new Scaffolding(string.Empty) : Scaffoldings[Marker];
            if (scaffolding == WholeFile)
            {
                return $"#line {FenceLine + 1} \"{readme}\"\n" + string.Join("\n", Lines) + "\n";
            }

            var usings = Lines.TakeWhile(l => l.Trim().Length == 0 || UsingDirective.IsMatch(l.Trim())).Count();
            var source = new StringBuilder();
            for (var i = 0; i < usings; i++)
            {
                source.AppendLine($"#line {FenceLine + 1 + i} \"{readme}\"").AppendLine(Lines[i]);
            }

            source.AppendLine("#line default")
                .AppendLine($"internal static class Snippet{FenceLine}")
                .AppendLine("{")
                .AppendLine(scaffolding.Declarations)
                .AppendLine($"    internal static async Task Run({scaffolding.Parameters})")
                .AppendLine("    {")
                .AppendLine("        await Task.CompletedTask;")
                .AppendLine($"#line {FenceLine + 1 + usings} \"{readme}\"");
            foreach (var line in Lines.Skip(usings))
            {
                source.AppendLine(line);
            }

            return source.AppendLine("#line default").AppendLine("    }").AppendLine("}").ToString();
        }
    }
}
