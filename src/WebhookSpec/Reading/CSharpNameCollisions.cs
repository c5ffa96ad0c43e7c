using System;
using System.Collections.Generic;
using System.Linq;
using ConversationHooks.Spec.Json;
using ConversationHooks.Spec.Model;

namespace ConversationHooks.Spec.Reading
{
    /// <summary>
    /// The generator's naming policy, checked while reading so that a spec whose names would collide in
    /// C# is a located CWH102, never a compile error inside generated files: every generated type name
    /// is taken once (the fixed and runtime ones from the start), and the members of one enum or the
    /// properties of one type are distinct C# names that the generated code does not use itself.
    /// </summary>
    internal sealed class CSharpNameCollisions
    {
        private readonly SpecProblems _problems;
        private readonly HashSet<string> _taken = new(Naming.FixedTypeNames.Concat(Naming.RuntimeTypeNames), StringComparer.Ordinal);

        public CSharpNameCollisions(SpecProblems problems) => _problems = problems;

        /// <summary>An enum of wire values comes with its <c>Names</c> class and its <c>Value</c> wrapper.</summary>
        public void DefineWireEnumTypeNames(string enumName, JsonNode at)
        {
            DefineTypeName(enumName, at);
            DefineTypeName(Naming.NamesTypeName(enumName), at);
            DefineTypeName(Naming.ValueTypeName(enumName), at);
        }

        public void DefineTypeName(string typeName, JsonNode at)
        {
            if (!_taken.Add(typeName))
            {
                _problems.Report(DiagnosticIds.SpecDuplicateName, at, $"the generated type name '{typeName}' is already taken.");
            }
        }

        public void CheckUniqueMembers(JsonNode? arrayNode, EquatableArray<string> values, string what)
        {
            if (arrayNode is not JsonArray array || array.Items.Count != values.Count)
            {
                return;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < values.Count; i++)
            {
                var member = Naming.MemberName(values[i]);
                if (Array.IndexOf(Naming.ReservedMemberNames, member) >= 0)
                {
                    _problems.Report(DiagnosticIds.SpecDuplicateName, array.Items[i], $"the {what} '{values[i]}' would be the C# member '{member}', a name the generated code already uses ({string.Join(", ", Naming.ReservedMemberNames)}).");
                }
                else if (!seen.Add(member))
                {
                    _problems.Report(DiagnosticIds.SpecDuplicateName, array.Items[i], $"the {what} '{values[i]}' is listed twice (names compare as C# members: '{member}').");
                }
            }
        }

        public void CheckUniquePropertyNames(JsonNode? arrayNode, EquatableArray<ValueSpec> values, string? typeName)
        {
            if (arrayNode is not JsonArray array || array.Items.Count != values.Count)
            {
                return;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < values.Count; i++)
            {
                var property = Naming.PropertyName(values[i].Name);
                if (property == typeName || Array.IndexOf(Naming.ReservedPropertyNames, property) >= 0)
                {
                    _problems.Report(DiagnosticIds.SpecDuplicateName, array.Items[i], $"'{values[i].Name}' would be the C# property '{property}', a name the generated type already uses (its own name, {string.Join(", ", Naming.ReservedPropertyNames)}).");
                }
                else if (!seen.Add(property))
                {
                    _problems.Report(DiagnosticIds.SpecDuplicateName, array.Items[i], $"'{values[i].Name}' is listed twice (as the C# property '{property}').");
                }
            }
        }
    }
}
