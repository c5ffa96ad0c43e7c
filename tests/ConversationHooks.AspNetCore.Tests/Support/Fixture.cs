using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ConversationHooks.AspNetCore.Tests.Support;

/// <summary>One webhook request per event, and requests shaped like real traffic (form bodies), shared with the generated-code tests.</summary>
internal static class Fixture
{
    public static string ReadEvent(string filter) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "events", filter + ".form"));

    public static string ReadRealTraffic(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "real-traffic", name + ".form"));

    public static IEnumerable<object[]> RealTrafficNames()
        => Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "real-traffic"), "*.form")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)
            .Select(name => new object[] { name! });

    public static IEnumerable<object[]> EventNames()
        => Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "events"), "*.form")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)
            .Select(name => new object[] { name! });
}
