using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConversationHooks.Generator
{
    /// <summary>What the consuming project asks of the generated code (MSBuild properties and language version).</summary>
    internal sealed record GeneratorOptions(string Namespace, bool IsPublic, bool NullableAnnotations, string? SpecFile, string? ProjectDir)
    {
        public const string DefaultNamespace = "ConversationHooks";

        public string Accessibility => IsPublic ? "public" : "internal";

        public static GeneratorOptions From(AnalyzerConfigOptions options, LanguageVersion languageVersion)
        {
            var ns = Read(options, "ConversationHooksNamespace") ?? DefaultNamespace;
            var accessibility = Read(options, "ConversationHooksAccessibility");
            return new GeneratorOptions(
                ns,
                string.Equals(accessibility, "public", System.StringComparison.OrdinalIgnoreCase),
                languageVersion >= LanguageVersion.CSharp8,
                Read(options, "ConversationHooksSpecFile"),
                Read(options, "ProjectDir"));
        }

        private static string? Read(AnalyzerConfigOptions options, string property)
            => options.TryGetValue("build_property." + property, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }
}
