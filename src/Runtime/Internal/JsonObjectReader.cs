using System.ComponentModel;
using System.Text.Json;

namespace ConversationHooks.Internal
{
    /// <summary>Reads one object (or null) from the token <paramref name="reader"/> stands on: a generated <c>ReadJson</c>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public delegate T? JsonObjectReader<T>(ref Utf8JsonReader reader)
        where T : class;
}
