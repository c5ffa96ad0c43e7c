using System.Reflection;

namespace ConversationHooks
{
    /// <summary>The package's version as it was packed (<c>1.2.3</c>, <c>0.1.0-beta.1</c>), for the User-Agent header.</summary>
    internal static class PackageVersion
    {
        public static string Text { get; } = Read();

        private static string Read()
        {
            var informational = typeof(PackageVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            if (string.IsNullOrEmpty(informational))
            {
                return typeof(PackageVersion).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
            }

            // The SDK appends "+<commit>" (source link); the header names the version only.
            var plus = informational!.IndexOf('+');
            return plus < 0 ? informational : informational.Substring(0, plus);
        }
    }
}
