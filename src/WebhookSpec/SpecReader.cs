using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using ConversationHooks.Spec.Json;
using ConversationHooks.Spec.Model;
using ConversationHooks.Spec.Reading;
using static ConversationHooks.Spec.Reading.SpecPatterns;

namespace ConversationHooks.Spec
{
    /// <summary>The outcome of reading a spec: the model when it is usable, and every problem found.</summary>
    internal sealed record SpecReadResult(WebhookSpec? Spec, EquatableArray<SpecDiagnostic> Diagnostics);

    /// <summary>
    /// Reads <c>webhook-spec.json</c> into the <see cref="WebhookSpec"/> model. Never throws on bad
    /// input: every problem becomes a <see cref="SpecDiagnostic"/> at its JSON line and column
    /// (CWH100 invalid JSON, CWH101 wrong format, CWH102 duplicate name, CWH103 undefined reference).
    /// This file reads the top level, SID kinds and resources; Reading/ holds one file per other
    /// section, the patterns and keywords the spec takes, and the C# name-collision checks.
    /// </summary>
    internal sealed partial class SpecReader
    {
        private readonly SpecProblems _problems;
        private readonly CSharpNameCollisions _names;
        private readonly CancellationToken _cancellationToken;
        private readonly Dictionary<string, SidKindSpec> _sidKinds = new(StringComparer.Ordinal);
        private readonly HashSet<string> _resources = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ScopeSpec> _scopes = new(StringComparer.Ordinal);

        private SpecReader(CancellationToken cancellationToken)
        {
            _problems = new SpecProblems(cancellationToken);
            _names = new CSharpNameCollisions(_problems);
            _cancellationToken = cancellationToken;
        }

        public static SpecReadResult Read(string text, CancellationToken cancellationToken = default)
        {
            var root = JsonParser.Parse(text, out var syntaxError);
            if (root is null)
            {
                return new SpecReadResult(null, new EquatableArray<SpecDiagnostic>(new[] { syntaxError! }));
            }

            var reader = new SpecReader(cancellationToken);
            var spec = reader.ReadSpec(root);
            var diagnostics = reader._problems.ToEquatableArray();
            return new SpecReadResult(diagnostics.Count == 0 ? spec : null, diagnostics);
        }

        private WebhookSpec? ReadSpec(JsonNode root)
        {
            var obj = Open(root, "$", "$schema", "version", "sidKinds", "resources", "scopes", "commonParameters", "filters", "bindings");
            if (obj is null)
            {
                return null;
            }

            obj.Optional("$schema", JsonKind.String);
            if (obj.Required("version", JsonKind.Number) is JsonScalar version && version.Text != "1")
            {
                Report(DiagnosticIds.SpecFormat, version, $"$.version: this reader understands version 1, found {version.Text}.");
            }

            var sidKinds = obj.Array("sidKinds", required: true, ReadSidKind);
            var resources = obj.Array("resources", required: true, ReadResource);
            var scopes = obj.Array("scopes", required: true, (node, path) => ReadScope(node, path));
            var common = obj.Array("commonParameters", required: false, (node, path) => ReadValue(node, path, ValueContext.Payload, null));
            _names.CheckUniquePropertyNames(obj.Node("commonParameters"), common, typeName: null);
            var filterNodes = new List<(FilterSpec Filter, JsonObjectView View)>();
            var filters = obj.Array("filters", required: true, (node, path) => ReadFilter(node, path, filterNodes));
            CheckCounterparts(filterNodes);
            CheckEventTypeNames(obj.Node("commonParameters"), common, filterNodes);
            var bindings = obj.Array("bindings", required: false, ReadBinding);

            return new WebhookSpec(sidKinds, resources, scopes, common, filters, bindings);
        }

        private SidKindSpec? ReadSidKind(JsonNode node, string path)
        {
            var obj = Open(node, path, "name", "prefix", "anyPrefix", "description");
            if (obj is null)
            {
                return null;
            }

            var name = obj.String("name", required: true, TypeNamePattern, "a PascalCase name");
            var prefixNode = obj.Optional("prefix", JsonKind.String);
            var prefix = obj.String("prefix", required: false, PrefixPattern, "two upper-case letters (a SID prefix such as \"AC\")");
            var anyPrefix = obj.Bool("anyPrefix");
            var description = obj.String("description", required: true);
            if (prefixNode is null && !anyPrefix)
            {
                Report(DiagnosticIds.SpecFormat, node, $"{path}: a SID kind needs a \"prefix\" or \"anyPrefix\": true.");
            }
            else if (prefixNode is not null && anyPrefix)
            {
                Report(DiagnosticIds.SpecFormat, prefixNode, $"{path}: \"prefix\" and \"anyPrefix\" exclude each other.");
            }

            if (name is null || description is null || (prefix is null && !anyPrefix))
            {
                return null;
            }

            var kind = new SidKindSpec(name, anyPrefix ? null : prefix, description);
            if (Define(_sidKinds, name, kind, obj.Node("name")!, "SID kind"))
            {
                _names.DefineTypeName(Naming.SidTypeName(name), obj.Node("name")!);
                var samePrefix = _sidKinds.Values.FirstOrDefault(k => k != kind && k.Prefix is not null && k.Prefix == prefix);
                if (samePrefix is not null)
                {
                    Report(DiagnosticIds.SpecDuplicateName, prefixNode!, $"{path}.prefix: the prefix \"{prefix}\" is already used by SID kind '{samePrefix.Name}'.");
                }
            }

            return kind;
        }

        private string? ReadResource(JsonNode node, string path)
        {
            var name = ExpectString(node, path, IdentifierPattern, "a camelCase name");
            if (name is not null && !_resources.Add(name))
            {
                Report(DiagnosticIds.SpecDuplicateName, node, $"{path}: the resource '{name}' is already defined.");
            }

            return name;
        }

        // ---- shared by the sections ----------------------------------------------------------

        private bool Define<T>(Dictionary<string, T> table, string name, T value, JsonNode at, string what)
        {
            if (table.ContainsKey(name))
            {
                Report(DiagnosticIds.SpecDuplicateName, at, $"the {what} '{name}' is already defined.");
                return false;
            }

            table.Add(name, value);
            return true;
        }

        private string? ExpectString(JsonNode node, string path, Regex? pattern, string? expected)
            => JsonObjectView.ExpectString(_problems, node, path, pattern, expected);

        private void Report(string id, JsonNode node, string message) => _problems.Report(id, node, message);

        private JsonObjectView? Open(JsonNode node, string path, params string[] allowed)
            => JsonObjectView.Open(_problems, node, path, allowed);
    }
}
