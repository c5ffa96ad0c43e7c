using System;
using System.IO;
using System.Linq;

namespace ConversationHooks.Benchmarks.RealBuild;

/// <summary>
/// A consumer project of 1,000 files restoring ConversationHooks from a private feed, with the no-op
/// analyzer loaded beside ours: the ordinary corpus (no Twilio call, 10,000 collection initializers) or
/// the dense one (the analyzer budget's 2,000 Twilio SDK calls, a fifth of them wrong).
/// </summary>
internal sealed record Corpus(string Name, string ProjectPath, int ExpectedMistakes)
{
    public const int Files = 1_000;
    public const int InitializersPerFile = 10;

    public static Corpus Ordinary(string root, string feed, string version, string noOpAnalyzer)
        => Write(root, "Ordinary", feed, version, noOpAnalyzer, twilio: false, OrdinaryFile, expectedMistakes: 0);

    public static Corpus Dense(string root, string feed, string version, string noOpAnalyzer)
        => Write(root, "Dense", feed, version, noOpAnalyzer, twilio: true, AnalyzerBudget.SourceFile, expectedMistakes: Files * AnalyzerBudget.CallSitesPerFile / 5);

    private static Corpus Write(string root, string name, string feed, string version, string noOpAnalyzer, bool twilio, Func<int, string> file, int expectedMistakes)
    {
        var folder = Path.Combine(root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="conversationhooks-real-build" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        // Independent of any Directory.Build.* above the temp folder.
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />");
        var twilioReference = twilio ? $"<PackageReference Include=\"Twilio\" Version=\"{typeof(Twilio.TwilioClient).Assembly.GetName().Version!.ToString(3)}\" />" : string.Empty;
        var project = Path.Combine(folder, name + ".csproj");
        File.WriteAllText(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Library</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>disable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ConversationHooks" Version="{version}" />
                {twilioReference}
                <Analyzer Include="{noOpAnalyzer}" />
              </ItemGroup>
            </Project>
            """);
        for (var i = 0; i < Files; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"File{i}.cs"), file(i));
        }

        return new Corpus(name, project, expectedMistakes);
    }

    /// <summary>Ordinary code: ten collection initializers (whose <c>Add</c> calls the analyzer meets), calls, assignments.</summary>
    internal static string OrdinaryFile(int i)
    {
        var initializers = string.Join(Environment.NewLine, Enumerable.Range(0, InitializersPerFile).Select(k => k % 2 == 0
            ? $"        private readonly List<int> _numbers{k} = new List<int> {{ {i}, {k}, {i + k} }};"
            : $"        private readonly Dictionary<string, int> _names{k} = new Dictionary<string, int> {{ {{ \"n{i}\", {k} }}, {{ \"m{i}\", {i} }} }};"));
        return $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            namespace Ordinary.Area{{i % 20}}
            {
                public sealed class Handler{{i}}
                {
            {{initializers}}

                    public string Name { get; set; } = "handler {{i}}";

                    public int Count(IEnumerable<string> words)
                    {
                        var counts = new Dictionary<string, int>();
                        foreach (var word in words.Where(w => !string.IsNullOrWhiteSpace(w)))
                        {
                            counts[word] = counts.TryGetValue(word, out var n) ? n + 1 : 1;
                        }

                        Name = string.Concat(Name, "!");
                        return counts.Values.Sum() + _numbers0.Count + {{i}};
                    }

                    public string Describe(int value) => value switch
                    {
                        < 0 => "negative",
                        0 => "zero",
                        _ => $"positive {value} in {{i}}",
                    };
                }
            }
            """;
    }

    /// <summary>The file the editor path edits, with one character changed.</summary>
    internal static string EditedOrdinaryFile(int i) => OrdinaryFile(i).Replace("\"negative\"", "\"negativ\"", StringComparison.Ordinal);
}
