using ConversationHooks.Spec.Json;

namespace ConversationHooks.Spec
{
    /// <summary>
    /// A problem found in a spec file, located in the JSON text. Plain data, so it can travel through
    /// incremental generator steps and be compared for caching.
    /// </summary>
    internal sealed record SpecDiagnostic(string Id, string Message, int Offset, int Length, int Line, int Column)
    {
        public static SpecDiagnostic At(string id, TextPosition position, int length, string message)
            => new(id, message, position.Offset, length, position.Line, position.Column);

        public static SpecDiagnostic At(string id, JsonNode node, string message)
            => At(id, node.Start, node.Length, message);

        public override string ToString() => $"({Line},{Column}): {Id}: {Message}";
    }
}
