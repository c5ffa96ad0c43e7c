using System.Linq;
using ConversationHooks.Generator.Tests.TestHelpers;
using ConversationHooks.Spec;
using Microsoft.CodeAnalysis;

namespace ConversationHooks.Generator.Tests;

/// <summary>
/// A spec name whose C# name the generated code already uses is a CWH102 in the spec, never a
/// compile error inside generated files; and the reserved lists keep up with what the emitters write.
/// </summary>
public class ReservedNameTests
{
    private const string ResponseField = "{\"name\": \"url\", \"type\": \"uri\", \"description\": \"The absolute URL of this resource.\"}";
    private const string RequestParameter = "{\"name\": \"Target\", \"type\": \"target\", \"description\": \"Where events go: webhook (the URLs) or flex.\"}";

    /// <summary>The built-in spec with its first <paramref name="original"/> replaced.</summary>
    private static GeneratorRun.Result Run(string original, string replacement)
    {
        var text = GeneratorRun.BuiltInSpec;
        var at = text.IndexOf(original, StringComparison.Ordinal);
        var run = new GeneratorRun();
        run.SpecFiles.Add(("/project/webhook-spec.json", text.Substring(0, at) + replacement + text.Substring(at + original.Length)));
        return run.Run();
    }

    [Theory]
    [InlineData(ResponseField, "to_json", "ToJson")]
    [InlineData(ResponseField, "read_json", "ReadJson")]
    [InlineData(ResponseField, "utf8", "Utf8")]
    [InlineData(ResponseField, "equals", "Equals")]
    [InlineData(ResponseField, "account_webhook_configuration", "AccountWebhookConfiguration")]
    [InlineData(RequestParameter, "ToFormBody", "ToFormBody")]
    [InlineData(RequestParameter, "WriteForm", "WriteForm")]
    [InlineData(RequestParameter, "ToQueryString", "ToQueryString")]
    [InlineData(RequestParameter, "Get.Hash.Code", "GetHashCode")]
    public void A_property_named_like_a_generated_member_is_a_CWH102(string original, string name, string property)
    {
        var result = Run(original, original.Replace(original.Contains("\"url\"") ? "url" : "Target", name).Replace("\"type\": \"target\"", "\"type\": \"string\""));

        AssertOnlyDuplicateName(result, $"'{name}' would be the C# property '{property}'");
    }

    [Theory]
    [InlineData("ServiceWebhookMethodNames")]
    [InlineData("AccountWebhookTargetValue")]
    [InlineData("AccountSid")]
    [InlineData("FormWriter")]
    [InlineData("SidError")]
    public void A_type_named_like_a_generated_or_runtime_type_is_a_CWH102(string name)
    {
        // Renamed where it is defined and where its operation names it.
        var run = new GeneratorRun();
        run.SpecFiles.Add(("/project/webhook-spec.json", GeneratorRun.BuiltInSpec.Replace("\"AccountWebhookUpdateRequest\"", $"\"{name}\"")));
        var result = run.Run();

        AssertOnlyDuplicateName(result, $"the generated type name '{name}' is already taken");
    }

    /// <summary>One CWH102 with <paramref name="message"/>, nothing generated, nothing thrown.</summary>
    private static void AssertOnlyDuplicateName(GeneratorRun.Result result, string message)
    {
        Assert.Null(result.Exception);
        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("CWH102", diagnostic.Id);
        Assert.Contains(message, diagnostic.GetMessage());
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void The_runtime_type_names_are_the_names_the_runtime_takes_in_its_root_namespace()
    {
        // Its public types there, and the first part of every namespace below it (ConversationHooks.Internal).
        var exported = typeof(FormWriter).Assembly.GetExportedTypes();
        var taken = exported.Where(t => t.Namespace == "ConversationHooks").Select(t => t.Name.Split('`')[0])
            .Concat(exported.Where(t => t.Namespace!.StartsWith("ConversationHooks.", StringComparison.Ordinal)).Select(t => t.Namespace!.Split('.')[1]))
            .Distinct();

        Assert.Equal(taken.OrderBy(n => n, StringComparer.Ordinal), Naming.RuntimeTypeNames.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void A_property_whose_name_ends_like_the_UTF8_names_compiles()
    {
        var result = Run(ResponseField, ResponseField.Replace("url", "url_utf8"));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData("ConversationHooks.AccountWebhookMethodNames", false)]
    [InlineData("ConversationHooks.AccountWebhookConfiguration", true)]
    [InlineData("ConversationHooks.ConversationWebhook", true)]
    [InlineData("ConversationHooks.ConversationWebhookCreateRequest", true)]
    [InlineData("ConversationHooks.ConversationWebhookListRequest", true)]
    [InlineData("ConversationHooks.ConversationWebhookPage", true)]
    public void The_reserved_names_cover_every_generated_member_beside_the_spec_ones(string type, bool isRecord)
    {
        // A helper added to a generated type must be added to the reserved list it belongs to.
        var symbol = new GeneratorRun().Run().Output.GetTypeByMetadataName(type)!;
        var helpers = symbol.GetMembers().Concat(symbol.GetTypeMembers())
            .Where(m => !m.IsImplicitlyDeclared && m.CanBeReferencedByName)
            .Where(m => isRecord ? m is not IPropertySymbol { IsStatic: false } : m is not IFieldSymbol { IsConst: true })
            .Where(m => m.Name == (isRecord ? Naming.PropertyName(m.Name) : Naming.MemberName(m.Name))) // names a spec could produce
            .Select(m => m.Name)
            .Distinct()
            .ToList();

        Assert.NotEmpty(helpers);
        Assert.All(helpers, name => Assert.Contains(name, isRecord ? Naming.ReservedPropertyNames : Naming.ReservedMemberNames));
    }
}
