using System;
using System.Collections.Generic;
using ConversationHooks.Spec.Json;
using ConversationHooks.Spec.Model;
using static ConversationHooks.Spec.Reading.SpecKeywords;
using static ConversationHooks.Spec.Reading.SpecPatterns;

namespace ConversationHooks.Spec
{
    // The filters section: each filter, and the counterparts between them.
    internal sealed partial class SpecReader
    {
        private FilterSpec? ReadFilter(JsonNode node, string path, List<(FilterSpec, JsonObjectView)> filterNodes)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var obj = Open(node, path, "name", "phase", "resource", "counterpart", "scopes", "description", "parameters", "answer");
            if (obj is null)
            {
                return null;
            }

            var name = obj.String("name", required: true, FilterNamePattern, "a filter name such as \"onMessageAdded\" (\"on\", then a capital letter, letters only, at most 64 characters)");
            var phase = obj.Enum("phase", required: true, Phases);
            var resource = obj.String("resource", required: true);
            var counterpart = obj.String("counterpart", required: false);
            var scopes = obj.Array("scopes", required: true, (n, p) => ExpectString(n, p, null, null));
            var description = obj.String("description", required: true);
            var parameters = obj.Array("parameters", required: true, (n, p) => ReadValue(n, p, ValueContext.Payload, null));
            _names.CheckUniquePropertyNames(obj.Node("parameters"), parameters, typeName: null);

            if (resource is not null && !_resources.Contains(resource))
            {
                Report(DiagnosticIds.SpecUndefinedReference, obj.Node("resource")!, $"{path}.resource: '{resource}' is not a resource defined in \"resources\".");
            }

            var scopesNode = obj.Node("scopes") as JsonArray;
            for (var i = 0; i < scopes.Count; i++)
            {
                if (!_scopes.ContainsKey(scopes[i]))
                {
                    Report(DiagnosticIds.SpecUndefinedReference, scopesNode!.Items[i], $"{path}.scopes[{i}]: '{scopes[i]}' is not a scope defined in \"scopes\".");
                }
            }

            _names.CheckUniqueMembers(scopesNode, scopes, "scope");
            if (name is null || phase is null || resource is null || description is null)
            {
                return null;
            }

            var filter = new FilterSpec(name, phase.Value, resource, counterpart, scopes, description, parameters, ReadAnswer(obj, path, phase.Value));
            filterNodes.Add((filter, obj));
            return filter;
        }

        private void CheckCounterparts(List<(FilterSpec Filter, JsonObjectView View)> filters)
        {
            var byName = new Dictionary<string, FilterSpec>(StringComparer.Ordinal);
            foreach (var (filter, view) in filters)
            {
                if (byName.ContainsKey(filter.Name))
                {
                    Report(DiagnosticIds.SpecDuplicateName, view.Node("name")!, $"the filter '{filter.Name}' is already defined.");
                }
                else
                {
                    byName.Add(filter.Name, filter);
                }
            }

            foreach (var (filter, view) in filters)
            {
                if (filter.Counterpart is null)
                {
                    continue;
                }

                var node = view.Node("counterpart")!;
                if (filter.Phase != FilterPhase.Pre)
                {
                    Report(DiagnosticIds.SpecFormat, node, $"'{filter.Name}': only a pre-action filter has a \"counterpart\".");
                }
                else if (!byName.TryGetValue(filter.Counterpart, out var target))
                {
                    Report(DiagnosticIds.SpecUndefinedReference, node, $"'{filter.Name}': its counterpart '{filter.Counterpart}' is not a filter defined in \"filters\".");
                }
                else if (target.Phase != FilterPhase.Post)
                {
                    Report(DiagnosticIds.SpecFormat, node, $"'{filter.Name}': its counterpart '{filter.Counterpart}' must be a post-action filter.");
                }
            }
        }
    }
}
