using System.Text.Json;

namespace ConversationHooks
{
    /// <summary>Something that can be written as JSON: the generated response types.</summary>
    public interface IJsonContent
    {
        /// <summary>Writes this value as one JSON object.</summary>
        void WriteJson(Utf8JsonWriter writer);
    }
}
