using System;
using System.Collections.Generic;
using System.Linq;
using ConversationHooks.Spec.Json;
using ConversationHooks.Spec.Model;
using static ConversationHooks.Spec.Reading.SpecKeywords;
using static ConversationHooks.Spec.Reading.SpecPatterns;
using ValueType = ConversationHooks.Spec.Model.ValueType;

namespace ConversationHooks.Spec
{
    /// <summary>The parts of the spec only webhook events use: pre-action answers, media, and the event type names.</summary>
    internal sealed partial class SpecReader
    {
        /// <summary>The fields a pre-action event's answer may change; only pre-action filters have them.</summary>
        private EquatableArray<AnswerFieldSpec> ReadAnswer(JsonObjectView filter, string path, FilterPhase phase)
        {
            var answer = filter.Array("answer", required: false, (node, itemPath) =>
            {
                var obj = Open(node, itemPath, "name", "type");
                var name = obj?.String("name", required: true, AnswerFieldPattern, "a snake_case JSON key such as \"friendly_name\"");
                var type = obj?.Enum("type", required: true, AnswerFieldTypes);
                return name is null || type is null ? null : new AnswerFieldSpec(name, type.Value);
            });
            if (filter.Node("answer") is not JsonArray array)
            {
                return answer;
            }

            if (phase != FilterPhase.Pre)
            {
                Report(DiagnosticIds.SpecFormat, array, $"{path}.answer: only a pre-action filter has an answer (Twilio ignores answers to post-action webhooks).");
                return EquatableArray<AnswerFieldSpec>.Empty;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < answer.Count && answer.Count == array.Items.Count; i++)
            {
                var parameter = Naming.PropertyName(answer[i].Name);
                if (!seen.Add(parameter))
                {
                    Report(DiagnosticIds.SpecDuplicateName, array.Items[i], $"{path}.answer[{i}]: '{answer[i].Name}' is listed twice (as the C# parameter '{parameter}').");
                }
            }

            return answer;
        }

        private bool RequirePayload(JsonObjectView obj, string path, ValueContext context)
        {
            if (context == ValueContext.Payload)
            {
                return true;
            }

            Report(DiagnosticIds.SpecFormat, obj.Node("type")!, $"{path}: values of type \"media\" are only allowed in event payloads.");
            return false;
        }

        /// <summary>
        /// Every event, answer and payload enum becomes a generated type: their names must be free, a
        /// shared enum <c>typeName</c> must list the same values everywhere, and no parameter may take
        /// the name of a member every event has.
        /// </summary>
        private void CheckEventTypeNames(JsonNode? commonNode, EquatableArray<ValueSpec> common, List<(FilterSpec Filter, JsonObjectView View)> filters)
        {
            var enums = new Dictionary<string, ValueSpec>(StringComparer.Ordinal);
            CheckPayload(commonNode, common, EventNaming.BaseTypeName, enums);
            foreach (var (filter, view) in filters)
            {
                var nameNode = view.Node("name")!;
                var eventType = EventNaming.EventTypeName(filter.Name);
                _names.DefineTypeName(eventType, nameNode);
                _names.DefineTypeName(EventNaming.BuilderTypeName(filter.Name), nameNode);
                if (filter.Phase == FilterPhase.Pre)
                {
                    _names.DefineTypeName(EventNaming.AnswerTypeName(filter.Name), nameNode);
                }

                CheckPayload(view.Node("parameters"), filter.Parameters, eventType, enums);
                var commonNames = new HashSet<string>(common.Select(c => Naming.PropertyName(c.Name)), StringComparer.Ordinal);
                if (view.Node("parameters") is JsonArray array && array.Items.Count == filter.Parameters.Count)
                {
                    for (var i = 0; i < filter.Parameters.Count; i++)
                    {
                        if (commonNames.Contains(Naming.PropertyName(filter.Parameters[i].Name)))
                        {
                            Report(DiagnosticIds.SpecDuplicateName, array.Items[i], $"'{filter.Parameters[i].Name}' is already a common parameter of every event.");
                        }
                    }
                }
            }
        }

        private void CheckPayload(JsonNode? arrayNode, EquatableArray<ValueSpec> values, string ownerTypeName, Dictionary<string, ValueSpec> enums)
        {
            if (arrayNode is not JsonArray array || array.Items.Count != values.Count)
            {
                return;
            }

            for (var i = 0; i < values.Count; i++)
            {
                var value = values[i];
                var property = Naming.PropertyName(value.Name);
                if (property == ownerTypeName || Array.IndexOf(EventNaming.ReservedPropertyNames, property) >= 0)
                {
                    Report(DiagnosticIds.SpecDuplicateName, array.Items[i], $"'{value.Name}' would be the C# property '{property}', a name every event already uses (its own name, {string.Join(", ", EventNaming.ReservedPropertyNames)}).");
                }

                if (value.Repeated && value.Type != ValueType.String)
                {
                    // The raw pairs keep every repeated value; typed lists exist for text only.
                    Report(DiagnosticIds.SpecFormat, array.Items[i], $"'{value.Name}' is repeated, but only text parameters may repeat in an event payload.");
                }

                if (value.Type != ValueType.Enum)
                {
                    continue;
                }

                var typeName = EventNaming.EnumTypeName(value, ownerTypeName);
                if (!enums.TryGetValue(typeName, out var first))
                {
                    enums.Add(typeName, value);
                    _names.DefineWireEnumTypeNames(typeName, array.Items[i]);
                }
                else if (!first.Values.Equals(value.Values))
                {
                    Report(DiagnosticIds.SpecDuplicateName, array.Items[i], $"the enum type '{typeName}' is already defined with the values {string.Join(", ", first.Values)}; values that differ need another \"typeName\".");
                }
            }
        }
    }
}
