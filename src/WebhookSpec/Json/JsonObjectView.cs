using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace ConversationHooks.Spec.Json
{
    /// <summary>Typed access to one JSON object's members, reporting what is missing or mistyped.</summary>
    internal sealed class JsonObjectView
    {
        private readonly SpecProblems _problems;
        private readonly JsonObject _node;
        private readonly string _path;
        private readonly Dictionary<string, JsonMember> _members;

        private JsonObjectView(SpecProblems problems, JsonObject node, string path, Dictionary<string, JsonMember> members)
        {
            _problems = problems;
            _node = node;
            _path = path;
            _members = members;
        }

        /// <summary>
        /// A view of <paramref name="node"/>, which must be an object with only the <paramref name="allowed"/>
        /// members, each once; null when it is not an object. Every unknown or repeated member is reported.
        /// </summary>
        public static JsonObjectView? Open(SpecProblems problems, JsonNode node, string path, params string[] allowed)
        {
            if (node is not JsonObject obj)
            {
                problems.Report(DiagnosticIds.SpecFormat, node, $"{path}: expected an object, found {node.Describe()}.");
                return null;
            }

            var members = new Dictionary<string, JsonMember>(StringComparer.Ordinal);
            foreach (var member in obj.Members)
            {
                if (System.Array.IndexOf(allowed, member.Name) < 0)
                {
                    problems.Report(DiagnosticIds.SpecFormat, member, $"{path}: unknown property \"{member.Name}\"; expected one of {string.Join(", ", allowed.Select(a => $"\"{a}\""))}.");
                }
                else if (members.ContainsKey(member.Name))
                {
                    problems.Report(DiagnosticIds.SpecDuplicateName, member, $"{path}: the property \"{member.Name}\" appears twice.");
                }
                else
                {
                    members.Add(member.Name, member);
                }
            }

            return new JsonObjectView(problems, obj, path, members);
        }

        /// <summary>The string in <paramref name="node"/> when it is one and matches <paramref name="pattern"/> (if any); otherwise reported, and null.</summary>
        public static string? ExpectString(SpecProblems problems, JsonNode node, string path, Regex? pattern, string? expected)
        {
            if (node is not JsonScalar { Kind: JsonKind.String } scalar)
            {
                problems.Report(DiagnosticIds.SpecFormat, node, $"{path}: expected a string, found {node.Describe()}.");
                return null;
            }

            if (pattern is not null && !pattern.IsMatch(scalar.Text))
            {
                problems.Report(DiagnosticIds.SpecFormat, node, $"{path}: expected {expected}, found {Quote(scalar.Text)}.");
                return null;
            }

            return scalar.Text;
        }

        private static string Quote(string value)
            => value.Length <= 40 ? $"\"{value}\"" : $"\"{value.Substring(0, 40)}...\" ({value.Length} characters)";

        public JsonNode? Node(string name) => _members.TryGetValue(name, out var member) ? member.Value : null;

        public JsonNode? Required(string name, JsonKind kind) => Get(name, kind, required: true);

        public JsonNode? Optional(string name, JsonKind kind) => Get(name, kind, required: false);

        public string? String(string name, bool required, Regex? pattern = null, string? expected = null)
            => Get(name, JsonKind.String, required) is { } node ? ExpectString(_problems, node, $"{_path}.{name}", pattern, expected) : null;

        public bool Bool(string name)
        {
            var node = Node(name);
            if (node is null)
            {
                return false;
            }

            if (node.Kind != JsonKind.True && node.Kind != JsonKind.False)
            {
                _problems.Report(DiagnosticIds.SpecFormat, node, $"{_path}.{name}: expected true or false, found {node.Describe()}.");
                return false;
            }

            return node.Kind == JsonKind.True;
        }

        /// <summary>An optional integer (a JSON number without fraction or exponent that fits an <see cref="int"/>).</summary>
        public int? Int(string name)
        {
            if (Get(name, JsonKind.Number, required: false) is not JsonScalar node)
            {
                return null;
            }

            if (int.TryParse(node.Text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            _problems.Report(DiagnosticIds.SpecFormat, node, $"{_path}.{name}: expected an integer, found {node.Text}.");
            return null;
        }

        public T? Enum<T>(string name, bool required, Dictionary<string, T> values)
            where T : struct
        {
            if (Get(name, JsonKind.String, required) is not JsonScalar node)
            {
                return null;
            }

            if (values.TryGetValue(node.Text, out var value))
            {
                return value;
            }

            _problems.Report(DiagnosticIds.SpecFormat, node, $"{_path}.{name}: expected one of {string.Join(", ", values.Keys.Select(k => $"\"{k}\""))}, found {Quote(node.Text)}.");
            return null;
        }

        public EquatableArray<T> Array<T>(string name, bool required, Func<JsonNode, string, T?> read)
            where T : IEquatable<T>
        {
            if (Get(name, JsonKind.Array, required) is not JsonArray array)
            {
                return EquatableArray<T>.Empty;
            }

            var items = new List<T>(array.Items.Count);
            for (var i = 0; i < array.Items.Count; i++)
            {
                _problems.CancellationToken.ThrowIfCancellationRequested();
                if (read(array.Items[i], $"{_path}.{name}[{i}]") is { } item)
                {
                    items.Add(item);
                }
            }

            return items.ToEquatableArray();
        }

        private JsonNode? Get(string name, JsonKind kind, bool required)
        {
            var node = Node(name);
            if (node is null)
            {
                if (required)
                {
                    _problems.Report(DiagnosticIds.SpecFormat, _node, $"{_path}: the property \"{name}\" is required.");
                }

                return null;
            }

            if (node.Kind != kind)
            {
                var expected = kind switch
                {
                    JsonKind.Array => "an array",
                    JsonKind.Number => "a number",
                    JsonKind.Object => "an object",
                    _ => "a string",
                };
                _problems.Report(DiagnosticIds.SpecFormat, node, $"{_path}.{name}: expected {expected}, found {node.Describe()}.");
                return null;
            }

            return node;
        }
    }
}
