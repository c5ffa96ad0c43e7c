using System.IO;

namespace ConversationHooks.Generated.Tests;

/// <summary>Twilio's documented example payloads, copied unchanged from its OpenAPI spec.</summary>
internal static class Fixture
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "twilio-api", name + ".json"));
}
