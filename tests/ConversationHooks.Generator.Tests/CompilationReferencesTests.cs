using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using ConversationHooks.Generator;
using ConversationHooks.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConversationHooks.Generator.Tests;

/// <summary>
/// What the References step reads off a compilation's references: from built assemblies by their
/// metadata headers (nothing bound), from project references (the IDE's) through the compilation.
/// </summary>
public class CompilationReferencesTests
{
    [Fact]
    public void The_Twilio_SDK_s_major_version_is_read_from_a_built_assembly()
    {
        var references = CompilationReferences.Of(Consumer(Emit(Library("Twilio", "8.2.0"))), default);

        Assert.Equal(8, references.TwilioSdkMajorVersion);
        Assert.True(references.HasTwilioSdk8);
    }

    [Fact]
    public void The_Twilio_SDK_s_major_version_is_read_from_a_project_reference()
    {
        var references = CompilationReferences.Of(Consumer(Library("Twilio", "7.1.0").ToMetadataReference()), default);

        Assert.Equal(7, references.TwilioSdkMajorVersion);
        Assert.False(references.HasTwilioSdk8);
    }

    [Fact]
    public void The_ASP_NET_Core_endpoint_is_seen_in_a_built_assembly()
        => Assert.True(CompilationReferences.Of(Consumer(Emit(Library("ConversationHooks.AspNetCore", "1.0.0"))), default).HasAspNetCoreEndpoint);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_ASP_NET_Core_endpoint_at_a_0_x_version_is_seen(bool built)
    {
        var library = Library("ConversationHooks.AspNetCore", "0.1.0");

        Assert.True(CompilationReferences.Of(Consumer(built ? Emit(library) : library.ToMetadataReference()), default).HasAspNetCoreEndpoint);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Without_the_ASP_NET_Core_endpoint_nothing_of_it_is_seen(bool built)
    {
        var library = Library("Twilio", "8.2.0");

        Assert.False(CompilationReferences.Of(Consumer(built ? Emit(library) : library.ToMetadataReference()), default).HasAspNetCoreEndpoint);
    }

    [Fact]
    public void Built_references_without_the_generated_types_marker_carry_none()
    {
        var headers = ReferenceHeaders.TryRead(Consumer(Emit(Library("Twilio", "8.2.0"))));

        Assert.NotNull(headers);
        Assert.False(headers!.AnyCarriesMarker);
    }

    [Fact]
    public void A_built_library_with_generated_types_carries_the_marker()
    {
        var library = new GeneratorRun { AssemblyName = "Lib" }.Run();

        var headers = ReferenceHeaders.TryRead(Consumer(Emit(library.Output)));

        Assert.True(headers!.AnyCarriesMarker);
    }

    [Fact]
    public void A_project_reference_is_left_to_the_compilation()
        => Assert.Null(ReferenceHeaders.TryRead(Consumer(Library("Twilio", "8.2.0").ToMetadataReference())));

    private static CSharpCompilation Library(string name, string version) => CSharpCompilation.Create(
        name,
        new[] { CSharpSyntaxTree.ParseText($"[assembly: System.Reflection.AssemblyVersion(\"{version}\")] namespace N {{ public class C {{ }} }}") },
        Net80.References.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    private static CSharpCompilation Consumer(MetadataReference library)
        => CSharpCompilation.Create("Consumer", references: Net80.References.All.Append(library), options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    private static MetadataReference Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        Assert.True(compilation.Emit(stream).Success);
        return MetadataReference.CreateFromImage(stream.ToArray());
    }
}
