namespace ConversationHooks.Spec
{
    /// <summary>Every diagnostic ID the product reports. IDs are a public contract: add, never renumber.</summary>
    internal static class DiagnosticIds
    {
        public const string UnknownFilter = "CWH001";
        public const string FilterNotDeliveredAtScope = "CWH002";
        public const string MalformedSid = "CWH003";
        public const string WrongSidKind = "CWH004";
        public const string InvalidMethodOrTarget = "CWH005";
        public const string HardCodedCredential = "CWH006";
        public const string UseFilterConstant = "CWH007";
        public const string PlaceholderSid = "CWH008";

        // Reported by the audit tool (live configuration) and by the analyzers where one call sets both filters and URLs.
        public const string PreActionFilterWithoutPreEventUrl = "CWH009";

        public const string SpecInvalidJson = "CWH100";
        public const string SpecFormat = "CWH101";
        public const string SpecDuplicateName = "CWH102";
        public const string SpecUndefinedReference = "CWH103";
        public const string SpecMultipleFiles = "CWH104";

        // CWH105 is reported by the package's MSBuild targets (a ConversationHooksSpecFile that does not exist).
        public const string InvalidProperty = "CWH106";
    }
}
