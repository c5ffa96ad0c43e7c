using System.Linq;

namespace ConversationHooks.Package.Tests;

internal static class Source
{
    /// <summary>The 1-based line and column where <paramref name="needle"/> first occurs in <paramref name="text"/>.</summary>
    public static (int Line, int Column) PositionOf(string text, string needle)
    {
        var index = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{needle}' is not in the source");
        var before = text.Substring(0, index);
        return (before.Count(c => c == '\n') + 1, index - (before.LastIndexOf('\n') + 1) + 1);
    }
}
