using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ConversationHooks.Generated.Tests;

/// <summary>
/// Twilio's documented example payloads, copied unchanged from its OpenAPI spec; and one webhook
/// request per event, written from domain.md section 3 (form bodies, encoded as Twilio's SDK encodes); and
/// requests shaped like real traffic (Fixtures/real-traffic/README.md says how each differs from the docs).
/// </summary>
internal static class Fixture
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "twilio-api", name + ".json"));

    public static string ReadEvent(string filter) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "events", filter + ".form"));

    public static string ReadRealTraffic(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "real-traffic", name + ".form"));

    public static IEnumerable<string> RealTrafficNames()
        => Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "real-traffic"), "*.form").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static IEnumerable<string> EventNames()
        => Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "events"), "*.form").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;
}
