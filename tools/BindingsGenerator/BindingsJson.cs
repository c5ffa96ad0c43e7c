using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ConversationHooks.Tools.BindingsGenerator
{
    /// <summary>Writes bindings as the spec's <c>bindings</c> array and puts it in place of the one a spec text has.</summary>
    internal static class BindingsJson
    {
        private const string Key = "\n  \"bindings\": ";

        /// <summary>The spec text with its top-level <c>bindings</c> array replaced; every other byte is kept.</summary>
        public static string ReplaceIn(string spec, IReadOnlyList<Binding> bindings)
        {
            var key = spec.IndexOf(Key, StringComparison.Ordinal);
            if (key < 0)
            {
                throw new InvalidOperationException("The spec has no top-level \"bindings\" (expected at two spaces of indentation).");
            }

            var start = key + Key.Length;
            var end = EndOfArray(spec, start);
            return spec.Substring(0, start) + Write(bindings) + spec.Substring(end);
        }

        public static string Write(IReadOnlyList<Binding> bindings)
        {
            var text = new StringBuilder("[\n");
            for (var i = 0; i < bindings.Count; i++)
            {
                var binding = bindings[i];
                var members = new List<string> { $"      \"type\": {Quote(binding.Type)}" };
                if (binding.Methods.Count > 0)
                {
                    members.Add($"      \"methods\": [{string.Join(", ", binding.Methods.Select(Quote))}]");
                }

                AddValues(members, "parameters", binding.Parameters);
                AddValues(members, "properties", binding.Properties);
                if (binding.Holds.Count > 0)
                {
                    members.Add("      \"holds\": [\n" + string.Join(",\n", binding.Holds.Select(h => $"        {{\"name\": {Quote(h.Name)}, \"sidKinds\": [{string.Join(", ", h.SidKinds.Select(Quote))}]}}")) + "\n      ]");
                }

                text.Append("    {\n").Append(string.Join(",\n", members)).Append("\n    }").Append(i < bindings.Count - 1 ? ",\n" : "\n");
            }

            return text.Append("  ]").ToString();
        }

        private static void AddValues(List<string> members, string key, IReadOnlyList<BoundValue> values)
        {
            if (values.Count > 0)
            {
                members.Add($"      \"{key}\": [\n" + string.Join(",\n", values.Select(v => "        " + Write(v))) + "\n      ]");
            }
        }

        private static string Write(BoundValue value)
        {
            var text = new StringBuilder($"{{\"name\": {Quote(value.Name)}, \"takes\": {Quote(value.Takes)}");
            if (value.Scope is not null)
            {
                text.Append($", \"scope\": {Quote(value.Scope)}");
            }

            if (value.SidKinds.Count > 0)
            {
                text.Append($", \"sidKinds\": [{string.Join(", ", value.SidKinds.Select(Quote))}]");
            }

            if (value.AllowsUniqueName)
            {
                text.Append(", \"allowsUniqueName\": true");
            }

            return text.Append('}').ToString();
        }

        // Names here are C# identifiers and metadata names: nothing to escape.
        private static string Quote(string text) => "\"" + text + "\"";

        /// <summary>The index just past the array that opens at <paramref name="start"/>, skipping strings.</summary>
        private static int EndOfArray(string json, int start)
        {
            if (start >= json.Length || json[start] != '[')
            {
                throw new InvalidOperationException("The spec's \"bindings\" is not an array.");
            }

            var depth = 0;
            var inString = false;
            for (var i = start; i < json.Length; i++)
            {
                var c = json[i];
                if (inString)
                {
                    if (c == '\\')
                    {
                        i++;
                    }
                    else if (c == '"')
                    {
                        inString = false;
                    }
                }
                else if (c == '"')
                {
                    inString = true;
                }
                else if (c == '[' || c == '{')
                {
                    depth++;
                }
                else if ((c == ']' || c == '}') && --depth == 0)
                {
                    return i + 1;
                }
            }

            throw new InvalidOperationException("The spec's \"bindings\" array is not closed.");
        }
    }
}
