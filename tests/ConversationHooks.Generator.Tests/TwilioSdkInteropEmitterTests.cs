using System.IO;
using System.Linq;
using ConversationHooks.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConversationHooks.Generator.Tests;

/// <summary>
/// The Twilio SDK interop is emitted for the SDK 8.x only: its types and members are 8.x's (another
/// major version renames them). Its code against the real Twilio 8.2.0 is checked in Generated.Tests.
/// </summary>
public class TwilioSdkInteropEmitterTests
{
    private const string HintName = "TwilioSdkInterop.g.cs";

    [Fact]
    public void A_project_without_the_Twilio_SDK_gets_no_interop()
    {
        var result = new GeneratorRun().Run();

        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName == HintName);
        Assert.Empty(result.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("7.13.0.0")]
    [InlineData("9.0.0.0")]
    public void A_project_with_another_major_version_of_the_Twilio_SDK_gets_no_interop(string version)
    {
        var run = new GeneratorRun();
        run.AdditionalReferences.Add(TwilioAssembly(version));

        Assert.DoesNotContain(run.Run().GeneratedSources, s => s.HintName == HintName);
    }

    [Fact]
    public void A_project_with_the_Twilio_SDK_8_gets_the_interop()
    {
        var run = new GeneratorRun();
        run.AdditionalReferences.Add(TwilioAssembly("8.2.0.0"));

        var interop = Assert.Single(run.Run().GeneratedSources, s => s.HintName == HintName);
        Assert.Contains("ToTwilioOptions(this global::ConversationHooks.AccountWebhookUpdateRequest request)", interop.SourceText.ToString());
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3, NullableContextOptions.Disable)]
    [InlineData(LanguageVersion.CSharp8, NullableContextOptions.Enable)]
    [InlineData(LanguageVersion.CSharp8, NullableContextOptions.Disable)]
    [InlineData(LanguageVersion.Latest, NullableContextOptions.Enable)]
    public void The_interop_compiles_against_the_real_Twilio_SDK_8_with_no_warnings_and_documented_members(LanguageVersion version, NullableContextOptions nullable)
    {
        var run = new GeneratorRun { LanguageVersion = version, Nullable = nullable, DocumentationMode = DocumentationMode.Diagnose };
        run.Properties["ConversationHooksAccessibility"] = "public";
        run.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Twilio.TwilioClient).Assembly.Location));

        var result = run.Run();

        Assert.Contains(result.GeneratedSources, s => s.HintName == HintName);
        Assert.Empty(result.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void A_spec_that_names_no_Twilio_SDK_type_gets_no_interop()
    {
        var run = new GeneratorRun();
        run.AdditionalReferences.Add(TwilioAssembly("8.2.0.0"));
        run.SpecFiles.Add(("/project/webhook-spec.json", MalformedSpecCases.Valid));

        Assert.DoesNotContain(run.Run().GeneratedSources, s => s.HintName == HintName);
    }

    /// <summary>An empty assembly named like the SDK's, with its version: all the generator reads of it.</summary>
    private static MetadataReference TwilioAssembly(string version)
    {
        var compilation = CSharpCompilation.Create(
            "Twilio",
            new[] { CSharpSyntaxTree.ParseText($"[assembly: System.Reflection.AssemblyVersion(\"{version}\")]") },
            Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        Assert.True(compilation.Emit(image).Success);
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
