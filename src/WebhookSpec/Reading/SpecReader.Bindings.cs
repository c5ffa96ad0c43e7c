using ConversationHooks.Spec.Json;
using ConversationHooks.Spec.Model;
using static ConversationHooks.Spec.Reading.SpecKeywords;
using static ConversationHooks.Spec.Reading.SpecPatterns;

namespace ConversationHooks.Spec
{
    // The bindings section: members of other libraries that take spec values.
    internal sealed partial class SpecReader
    {
        private BindingSpec? ReadBinding(JsonNode node, string path)
        {
            var obj = Open(node, path, "type", "methods", "parameters", "properties", "holds");
            if (obj is null)
            {
                return null;
            }

            var type = obj.String("type", required: true, MetadataNamePattern, "a fully qualified metadata type name");
            var methods = obj.Array("methods", required: false, (n, p) => ExpectString(n, p, MemberNamePattern, "a method name or \".ctor\""));
            var parameters = obj.Array("parameters", required: false, ReadBound);
            var properties = obj.Array("properties", required: false, ReadBound);
            var holds = obj.Array("holds", required: false, ReadHeld);
            if (parameters.Count > 0 && methods.Count == 0)
            {
                Report(DiagnosticIds.SpecFormat, obj.Node("parameters")!, $"{path}: \"parameters\" need the \"methods\" they belong to.");
            }

            return type is null ? null : new BindingSpec(type, methods, parameters, properties, holds);
        }

        private HeldSidSpec? ReadHeld(JsonNode node, string path)
        {
            var obj = Open(node, path, "name", "sidKinds");
            if (obj is null)
            {
                return null;
            }

            var name = obj.String("name", required: true, MemberNamePattern, "a property name");
            var sidKinds = obj.Array("sidKinds", required: true, (n, p) => ExpectString(n, p, null, null));
            return name is null || !RequireSidKinds(obj, path, sidKinds) ? null : new HeldSidSpec(name, sidKinds);
        }

        /// <summary>A non-empty <c>sidKinds</c>, each defined in <c>sidKinds</c> of the spec; reported otherwise.</summary>
        private bool RequireSidKinds(JsonObjectView obj, string path, EquatableArray<string> sidKinds)
        {
            if (sidKinds.Count == 0)
            {
                Report(DiagnosticIds.SpecFormat, obj.Node("takes") ?? obj.Node("sidKinds") ?? obj.Node("name")!, $"{path}: a binding that takes a SID needs a non-empty \"sidKinds\".");
                return false;
            }

            var sidKindsNode = (JsonArray)obj.Node("sidKinds")!;
            for (var i = 0; i < sidKinds.Count; i++)
            {
                if (!RequireDefinedSidKind(sidKindsNode.Items[i], $"{path}.sidKinds[{i}]", sidKinds[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private BoundValueSpec? ReadBound(JsonNode node, string path)
        {
            var obj = Open(node, path, "name", "takes", "scope", "sidKinds", "allowsUniqueName");
            if (obj is null)
            {
                return null;
            }

            var name = obj.String("name", required: true, MemberNamePattern, "a parameter or property name");
            var takes = obj.Enum("takes", required: true, BoundKinds);
            var scope = obj.String("scope", required: false);
            var sidKinds = obj.Array("sidKinds", required: false, (n, p) => ExpectString(n, p, null, null));
            var allowsUniqueName = obj.Bool("allowsUniqueName");
            if (name is null || takes is null)
            {
                return null;
            }

            var takesNode = obj.Node("takes")!;
            switch (takes.Value)
            {
                case BoundValueKind.Filter:
                case BoundValueKind.Method:
                case BoundValueKind.Target:
                    if (scope is null)
                    {
                        Report(DiagnosticIds.SpecFormat, takesNode, $"{path}: a binding that takes a {takes.Value.ToString().ToLowerInvariant()} needs a \"scope\".");
                        return null;
                    }

                    if (!_scopes.TryGetValue(scope, out var scopeSpec))
                    {
                        Report(DiagnosticIds.SpecUndefinedReference, obj.Node("scope")!, $"{path}.scope: '{scope}' is not a scope defined in \"scopes\".");
                        return null;
                    }

                    if ((takes == BoundValueKind.Method && scopeSpec.Methods.Count == 0) || (takes == BoundValueKind.Target && scopeSpec.Targets.Count == 0))
                    {
                        Report(DiagnosticIds.SpecUndefinedReference, obj.Node("scope")!, $"{path}.scope: scope '{scope}' defines no {takes.Value.ToString().ToLowerInvariant()}s.");
                        return null;
                    }

                    break;
                case BoundValueKind.Sid:
                    if (!RequireSidKinds(obj, path, sidKinds))
                    {
                        return null;
                    }

                    break;
            }

            return new BoundValueSpec(name, takes.Value, scope, sidKinds, allowsUniqueName);
        }
    }
}
