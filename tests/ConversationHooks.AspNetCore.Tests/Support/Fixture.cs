using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ConversationHooks.AspNetCore.Tests.Support;

/// <summary>One webhook request per event (form bodies), shared with the generated-code tests.</summary>
internal static class Fixture
{
    public static string ReadEvent(string filter) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "events", filter + ".form"));

    public static IEnumerable<object[]> EventNames()
        => Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "events"), "*.form")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)
            .Select(name => new object[] { name! });
}
