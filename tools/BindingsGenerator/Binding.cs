using System.Collections.Generic;

namespace ConversationHooks.Tools.BindingsGenerator
{
    /// <summary>One type of the SDK and its members that take spec values: one entry of the spec's <c>bindings</c>.</summary>
    internal sealed record Binding(string Type, IReadOnlyList<string> Methods, IReadOnlyList<BoundValue> Parameters, IReadOnlyList<BoundValue> Properties);

    /// <summary>
    /// What a parameter or property takes: <c>filter</c>, <c>method</c>, <c>target</c> (at a scope),
    /// <c>sid</c> (of some kinds; a unique name may stand in for some) or <c>credential</c>.
    /// </summary>
    internal sealed record BoundValue(string Name, string Takes, string? Scope, IReadOnlyList<string> SidKinds, bool AllowsUniqueName)
    {
        public BoundValue Named(string name) => this with { Name = name };
    }
}
