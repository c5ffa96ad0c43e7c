using System.Collections.Generic;
using System.Threading;
using ConversationHooks.Spec.Json;

namespace ConversationHooks.Spec
{
    /// <summary>The problems found while reading one spec, each at its place in the JSON, and the read's cancellation.</summary>
    internal sealed class SpecProblems
    {
        private readonly List<SpecDiagnostic> _diagnostics = new();

        public SpecProblems(CancellationToken cancellationToken) => CancellationToken = cancellationToken;

        public CancellationToken CancellationToken { get; }

        public void Report(string id, JsonNode node, string message) => _diagnostics.Add(SpecDiagnostic.At(id, node, message));

        /// <summary>A problem with a member itself (unknown, repeated), reported at its name.</summary>
        public void Report(string id, JsonMember member, string message)
            => _diagnostics.Add(SpecDiagnostic.At(id, member.NamePosition, member.NameLength, message));

        public EquatableArray<SpecDiagnostic> ToEquatableArray() => _diagnostics.ToEquatableArray();
    }
}
