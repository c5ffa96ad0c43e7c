using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using ConversationHooks.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace ConversationHooks.Analyzers.Tests.TestHelpers;

/// <summary>What test compilations reference: .NET 8 (offline), the real Twilio SDK 8.2.0, the runtime.</summary>
internal static class TestReferences
{
    public static readonly ReferenceAssemblies None = new("net8.0");

    public static readonly ImmutableArray<MetadataReference> Twilio = ImmutableArray.Create<MetadataReference>(
        MetadataReference.CreateFromFile(typeof(global::Twilio.TwilioClient).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Newtonsoft.Json.JsonConvert).Assembly.Location));

    public static readonly MetadataReference Runtime = MetadataReference.CreateFromFile(typeof(ConversationHooks.FormWriter).Assembly.Location);

    public static readonly string BuiltInSpec = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "webhook-spec.json"));

    private static readonly Lazy<ImmutableArray<(string Name, string Source)>> Generated = new(RunGenerator);

    /// <summary>The real generator's output for the built-in spec, to compile beside test code.</summary>
    public static ImmutableArray<(string Name, string Source)> GeneratedSources => Generated.Value;

    private static ImmutableArray<(string Name, string Source)> RunGenerator()
    {
        var compilation = CSharpCompilation.Create("Generated", references: Net80.References.All.Append(Runtime));
        var driver = CSharpGeneratorDriver.Create(new WebhookGenerator()).RunGenerators(compilation);
        return driver.GetRunResult().GeneratedTrees.Select(t => ($"/0/Generated/{Path.GetFileName(t.FilePath)}", t.ToString())).ToImmutableArray();
    }
}
