namespace ConversationHooks.Spec
{
    /// <summary>Where each diagnostic ID is documented: docs/diagnostics/CWHnnn.md.</summary>
    internal static class HelpLinks
    {
        private const string Base = "https://github.com/conversationhooks/conversationhooks/blob/main/docs/diagnostics/";

        public static string For(string id) => Base + id + ".md";
    }
}
