namespace ConversationHooks.Spec
{
    /// <summary>
    /// Where each diagnostic ID is documented: docs/diagnostics/CWHnnn.md of the project's home, which
    /// MSBuild's <c>RepositoryUrl</c> names (<see cref="RepositoryInfo"/> is written at build time).
    /// </summary>
    internal static class HelpLinks
    {
        private const string Base = RepositoryInfo.Url + "/blob/main/docs/diagnostics/";

        public static string For(string id) => Base + id + ".md";
    }
}
