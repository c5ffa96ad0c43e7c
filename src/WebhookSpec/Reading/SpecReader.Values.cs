using ConversationHooks.Spec.Json;
using ConversationHooks.Spec.Model;
using static ConversationHooks.Spec.Reading.SpecKeywords;
using static ConversationHooks.Spec.Reading.SpecPatterns;
using ValueType = ConversationHooks.Spec.Model.ValueType;

namespace ConversationHooks.Spec
{
    // Values: form parameters, JSON fields and payload parameters, with what each type requires.
    internal sealed partial class SpecReader
    {
        private enum ValueContext
        {
            Request,
            Response,
            Payload,
        }

        private ValueSpec? ReadValue(JsonNode node, string path, ValueContext context, ScopeSpec? scope)
        {
            var obj = Open(node, path, "name", "type", "description", "sidKind", "values", "typeName", "fields", "repeated", "optional", "required", "minimum", "maximum", "example");
            if (obj is null)
            {
                return null;
            }

            var name = obj.String("name", required: true, WireNamePattern, "a wire name (letters, digits, '_' and '.')");
            var type = obj.Enum("type", required: true, ValueTypes);
            var description = obj.String("description", required: false);
            var sidKind = obj.String("sidKind", required: false, TypeNamePattern, "a SID kind name");
            var values = obj.Array("values", required: false, (n, p) => ExpectString(n, p, WireValuePattern, "an enum value"));
            _names.CheckUniqueMembers(obj.Node("values"), values, "value");
            var typeName = obj.String("typeName", required: false, TypeNamePattern, "a PascalCase type name");
            var fields = obj.Array("fields", required: false, (n, p) => ReadValue(n, p, context, scope));
            _names.CheckUniquePropertyNames(obj.Node("fields"), fields, typeName);
            var repeated = obj.Bool("repeated");
            var optional = obj.Bool("optional");
            var required = obj.Bool("required");
            var minimum = obj.Int("minimum");
            var maximum = obj.Int("maximum");
            var example = obj.String("example", required: false);
            if (name is null || type is null)
            {
                return null;
            }

            var typeNode = obj.Node("type")!;
            var valid = type switch
            {
                ValueType.Sid => RequireSidKind(obj, path, sidKind),
                ValueType.Enum => RequireNonEmpty(obj, path, "values", values.Count, "an enum value needs a non-empty \"values\" list"),
                ValueType.Method => RequireScopeValues(typeNode, path, scope, "methods", scope?.Methods.Count ?? 0),
                ValueType.Target => RequireScopeValues(typeNode, path, scope, "targets", scope?.Targets.Count ?? 0),
                ValueType.Object => RequireObject(obj, path, context, scope, typeName, fields),
                ValueType.Media => RequirePayload(obj, path, context),
                _ => true,
            };

            if (!valid || !CheckRange(obj, path, context, type.Value, minimum, maximum) || !CheckRequired(obj, path, context, type.Value, optional, required) || !CheckExample(obj, path, context, type.Value, sidKind, example))
            {
                return null;
            }

            return new ValueSpec(name, type.Value, sidKind, values, typeName, fields, repeated, required, description, minimum, maximum, example);
        }

        private bool RequireSidKind(JsonObjectView obj, string path, string? sidKind)
        {
            if (sidKind is null)
            {
                Report(DiagnosticIds.SpecFormat, obj.Node("type")!, $"{path}: a value of type \"sid\" needs a \"sidKind\".");
                return false;
            }

            return RequireDefinedSidKind(obj.Node("sidKind")!, $"{path}.sidKind", sidKind);
        }

        private bool RequireDefinedSidKind(JsonNode node, string path, string sidKind)
        {
            if (_sidKinds.ContainsKey(sidKind))
            {
                return true;
            }

            Report(DiagnosticIds.SpecUndefinedReference, node, $"{path}: '{sidKind}' is not a SID kind defined in \"sidKinds\".");
            return false;
        }

        private bool RequireNonEmpty(JsonObjectView obj, string path, string member, int count, string message)
        {
            if (count > 0)
            {
                return true;
            }

            Report(DiagnosticIds.SpecFormat, obj.Node(member) ?? obj.Node("type")!, $"{path}: {message}.");
            return false;
        }

        private bool RequireScopeValues(JsonNode typeNode, string path, ScopeSpec? scope, string member, int count)
        {
            if (scope is null)
            {
                Report(DiagnosticIds.SpecFormat, typeNode, $"{path}: only values of a scope's requests and responses can take the scope's {member}.");
                return false;
            }

            if (count == 0)
            {
                Report(DiagnosticIds.SpecUndefinedReference, typeNode, $"{path}: scope '{scope.Name}' defines no {member}.");
                return false;
            }

            return true;
        }

        private bool RequireObject(JsonObjectView obj, string path, ValueContext context, ScopeSpec? scope, string? typeName, EquatableArray<ValueSpec> fields)
        {
            if (context != ValueContext.Response)
            {
                Report(DiagnosticIds.SpecFormat, obj.Node("type")!, $"{path}: values of type \"object\" are only allowed in responses.");
                return false;
            }

            if (typeName is not null && fields.Count == 0 && obj.Node("fields") is null && typeName == scope?.Response?.Name)
            {
                // The scope's response, defined already: a page's items.
                return true;
            }

            if (typeName is null || fields.Count == 0)
            {
                Report(DiagnosticIds.SpecFormat, obj.Node("type")!, $"{path}: a value of type \"object\" needs a \"typeName\" and non-empty \"fields\" (or, in a page, only the \"typeName\" of the scope's response).");
                return false;
            }

            _names.DefineTypeName(typeName, obj.Node("typeName")!);
            return true;
        }

        /// <summary>
        /// In a payload, <c>required</c> means "the event cannot be built without it": only what identifies
        /// the event (its <c>EventType</c>, the SIDs of its account and resource) may be, because what Twilio
        /// sends drifts from its docs and a signed request must never be refused for the rest. <c>optional</c>
        /// is what every other payload parameter is; specs written before say it, and it contradicts <c>required</c>.
        /// </summary>
        private bool CheckRequired(JsonObjectView obj, string path, ValueContext context, ValueType type, bool optional, bool required)
        {
            if (!required)
            {
                return true;
            }

            if (optional)
            {
                Report(DiagnosticIds.SpecFormat, obj.Node("optional")!, $"{path}: a value cannot be both \"required\" and \"optional\".");
                return false;
            }

            if (context == ValueContext.Payload && type is not (ValueType.Sid or ValueType.Filter))
            {
                Report(DiagnosticIds.SpecFormat, obj.Node("required")!, $"{path}: only a payload's SIDs (and its EventType) may be \"required\": they identify the event; any other parameter may be missing from what Twilio sends, and the event must still be read.");
                return false;
            }

            return true;
        }

        /// <summary>
        /// A payload parameter's <c>example</c> is what a built sample event carries (the generated
        /// <c>…EventBuilder</c>s): it must read as the parameter's type, so that a sample is a valid request.
        /// </summary>
        private bool CheckExample(JsonObjectView obj, string path, ValueContext context, ValueType type, string? sidKind, string? example)
        {
            if (example is null)
            {
                return true;
            }

            var at = obj.Node("example")!;
            if (context != ValueContext.Payload)
            {
                Report(DiagnosticIds.SpecFormat, at, $"{path}: only an event payload's parameters take an \"example\".");
                return false;
            }

            var problem = type switch
            {
                ValueType.Int => int.TryParse(example, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _) ? null : "an integer",
                ValueType.Bool => example is "true" or "false" ? null : "true or false",
                ValueType.DateTime => System.DateTimeOffset.TryParseExact(example, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _) ? null : "an ISO 8601 date and time such as 2026-03-01T10:15:30.123Z",
                ValueType.Sid => IsSidOf(sidKind!, example) ? null : $"a SID of the kind {sidKind} (34 characters: its prefix, then 32 hex digits)",
                ValueType.Json or ValueType.Media => example.Length > 0 && (example[0] == '{' || example[0] == '[') ? null : "JSON text",
                _ => null,
            };
            if (problem is null)
            {
                return true;
            }

            Report(DiagnosticIds.SpecFormat, at, $"{path}.example: '{example}' is not {problem}.");
            return false;
        }

        private bool IsSidOf(string sidKind, string text)
        {
            if (text.Length != 34 || !_sidKinds.TryGetValue(sidKind, out var kind))
            {
                return false;
            }

            for (var i = 2; i < text.Length; i++)
            {
                if (!System.Uri.IsHexDigit(text[i]))
                {
                    return false;
                }
            }

            return kind.Prefix is null ? char.IsUpper(text[0]) && char.IsUpper(text[1]) : text.StartsWith(kind.Prefix, System.StringComparison.Ordinal);
        }

        /// <summary>An allowed range is checked where a request is made: only a request's <c>int</c> parameters have one.</summary>
        private bool CheckRange(JsonObjectView obj, string path, ValueContext context, ValueType type, int? minimum, int? maximum)
        {
            if (minimum is null && maximum is null)
            {
                return true;
            }

            var at = obj.Node("minimum") ?? obj.Node("maximum")!;
            if (type != ValueType.Int || context != ValueContext.Request)
            {
                Report(DiagnosticIds.SpecFormat, at, $"{path}: only a request parameter of type \"int\" takes \"minimum\" and \"maximum\".");
                return false;
            }

            if (minimum > maximum)
            {
                Report(DiagnosticIds.SpecFormat, obj.Node("maximum")!, $"{path}.maximum: {maximum} is less than the minimum, {minimum}.");
                return false;
            }

            return true;
        }
    }
}
