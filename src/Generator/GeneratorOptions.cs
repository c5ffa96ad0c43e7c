using System.Collections.Generic;
using ConversationHooks.Spec;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConversationHooks.Generator
{
    /// <summary>
    /// What the consuming project asks of the generated code (MSBuild properties and language version),
    /// and what is wrong with the properties (CWH106): a value that is not understood is an error,
    /// never quietly replaced by the default.
    /// </summary>
    internal sealed record GeneratorOptions(string Namespace, bool IsPublic, bool NullableAnnotations, string? SpecFile, string? ProjectDir, EquatableArray<string> Problems)
    {
        public const string DefaultNamespace = "ConversationHooks";

        public string Accessibility => IsPublic ? "public" : "internal";

        public static GeneratorOptions From(AnalyzerConfigOptions options, LanguageVersion languageVersion)
        {
            var problems = new List<string>();
            var ns = Read(options, "ConversationHooksNamespace") ?? DefaultNamespace;
            if (!IsNamespaceName(ns))
            {
                problems.Add($"ConversationHooksNamespace is '{ns}', which is not a C# namespace name: identifiers that are not C# keywords, joined by '.', such as 'Contoso.Hooks'.");
            }

            var accessibility = Read(options, "ConversationHooksAccessibility");
            var isPublic = string.Equals(accessibility, "public", System.StringComparison.OrdinalIgnoreCase);
            if (accessibility is not null && !isPublic && !string.Equals(accessibility, "internal", System.StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"ConversationHooksAccessibility is '{accessibility}'; it must be 'public' or 'internal' (the default).");
            }

            return new GeneratorOptions(
                ns,
                isPublic,
                languageVersion >= LanguageVersion.CSharp8,
                Read(options, "ConversationHooksSpecFile"),
                Read(options, "ProjectDir"),
                new EquatableArray<string>(problems.ToArray()));
        }

        private static bool IsNamespaceName(string name)
        {
            foreach (var part in name.Split('.'))
            {
                // Contextual keywords too: inside namespace Hooks.nameof, generated code's own nameof(...) would mean the namespace.
                if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(part) != SyntaxKind.None)
                {
                    return false;
                }
            }

            return true;
        }

        private static string? Read(AnalyzerConfigOptions options, string property)
            => options.TryGetValue("build_property." + property, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }
}
