using ConversationHooks.Spec;
using Microsoft.CodeAnalysis;

namespace ConversationHooks.Generator.Diagnostics
{
    /// <summary>
    /// Descriptors of the problems a spec file can have (CWH100-104), reported at the JSON's line and
    /// column, and of the project's ConversationHooks properties (CWH106).
    /// </summary>
    internal static class SpecDiagnosticDescriptors
    {
        private const string Category = "ConversationHooks.Spec";

        public static readonly DiagnosticDescriptor InvalidJson = Create(DiagnosticIds.SpecInvalidJson, "The webhook spec is not valid JSON");

        public static readonly DiagnosticDescriptor Format = Create(DiagnosticIds.SpecFormat, "The webhook spec does not match its format");

        public static readonly DiagnosticDescriptor DuplicateName = Create(DiagnosticIds.SpecDuplicateName, "The webhook spec defines a name twice");

        public static readonly DiagnosticDescriptor UndefinedReference = Create(DiagnosticIds.SpecUndefinedReference, "The webhook spec refers to something it does not define");

        public static readonly DiagnosticDescriptor MultipleFiles = Create(DiagnosticIds.SpecMultipleFiles, "More than one webhook spec in one project");

        public static readonly DiagnosticDescriptor InvalidProperty = Create(DiagnosticIds.InvalidProperty, "A ConversationHooks MSBuild property has a value it cannot take", "ConversationHooks.Configuration");

        public static DiagnosticDescriptor ForId(string id) => id switch
        {
            DiagnosticIds.SpecInvalidJson => InvalidJson,
            DiagnosticIds.SpecFormat => Format,
            DiagnosticIds.SpecDuplicateName => DuplicateName,
            DiagnosticIds.SpecUndefinedReference => UndefinedReference,
            DiagnosticIds.SpecMultipleFiles => MultipleFiles,
            DiagnosticIds.InvalidProperty => InvalidProperty,
            _ => Format, // the reader reports only the IDs above
        };

        private static DiagnosticDescriptor Create(string id, string title, string category = Category)
            => new(
                id,
                title,
                messageFormat: "{0}",
                category,
                DiagnosticSeverity.Error,
                isEnabledByDefault: true,
                helpLinkUri: HelpLinks.For(id));
    }
}
