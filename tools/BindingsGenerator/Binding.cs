using System.Collections.Generic;

namespace ConversationHooks.Tools.BindingsGenerator
{
    /// <summary>
    /// One type of the SDK, its members that take spec values, and the properties that hold a SID of a
    /// known kind (a resource's <c>Sid</c>): one entry of the spec's <c>bindings</c>.
    /// </summary>
    internal sealed record Binding(string Type, IReadOnlyList<string> Methods, IReadOnlyList<BoundValue> Parameters, IReadOnlyList<BoundValue> Properties, IReadOnlyList<HeldSid> Holds);

    /// <summary>A property whose value is always a SID of one of <see cref="SidKinds"/>.</summary>
    internal sealed record HeldSid(string Name, IReadOnlyList<string> SidKinds);

    /// <summary>
    /// What a parameter or property takes: <c>filter</c>, <c>method</c>, <c>target</c> (at a scope),
    /// <c>sid</c> (of some kinds; a unique name may stand in for some) or <c>credential</c>.
    /// </summary>
    internal sealed record BoundValue(string Name, string Takes, string? Scope, IReadOnlyList<string> SidKinds, bool AllowsUniqueName)
    {
        public BoundValue Named(string name) => this with { Name = name };
    }
}
