using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using ConversationHooks.Spec.Json;
using ConversationHooks.Spec.Model;
using ValueType = ConversationHooks.Spec.Model.ValueType;

namespace ConversationHooks.Spec
{
    /// <summary>The outcome of reading a spec: the model when it is usable, and every problem found.</summary>
    internal sealed record SpecReadResult(WebhookSpec? Spec, EquatableArray<SpecDiagnostic> Diagnostics);

    /// <summary>
    /// Reads <c>webhook-spec.json</c> into the <see cref="WebhookSpec"/> model. Never throws on bad
    /// input: every problem becomes a <see cref="SpecDiagnostic"/> at its JSON line and column
    /// (CWH100 invalid JSON, CWH101 wrong format, CWH102 duplicate name, CWH103 undefined reference).
    /// </summary>
    internal sealed class SpecReader
    {
        // \z, not $: $ also matches before a final "\n", which would let "onMessageAdded\n" through.
        private static readonly Regex FilterNamePattern = new("^on[A-Z][A-Za-z]{0,62}\\z", RegexOptions.CultureInvariant);
        private static readonly Regex IdentifierPattern = new("^[a-z][A-Za-z0-9]{0,63}\\z", RegexOptions.CultureInvariant);
        private static readonly Regex TypeNamePattern = new("^[A-Z][A-Za-z0-9]{0,63}\\z", RegexOptions.CultureInvariant);
        private static readonly Regex WireNamePattern = new("^[A-Za-z][A-Za-z0-9_.]{0,63}\\z", RegexOptions.CultureInvariant);
        private static readonly Regex WireValuePattern = new("^[A-Za-z][A-Za-z0-9_-]{0,63}\\z", RegexOptions.CultureInvariant);
        private static readonly Regex HttpMethodPattern = new("^[A-Z]{3,7}\\z", RegexOptions.CultureInvariant);
        private static readonly Regex ResourcePathPattern = new(@"^(/([A-Za-z0-9]+|\{[A-Za-z]+\}))+\z", RegexOptions.CultureInvariant);
        private static readonly Regex PrefixPattern = new("^[A-Z]{2}\\z", RegexOptions.CultureInvariant);
        private static readonly Regex MetadataNamePattern = new(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*(\+[A-Za-z_][A-Za-z0-9_]*)*\z", RegexOptions.CultureInvariant);
        private static readonly Regex MemberNamePattern = new(@"^(\.ctor|[A-Za-z_][A-Za-z0-9_]*)\z", RegexOptions.CultureInvariant);

        private readonly List<SpecDiagnostic> _diagnostics = new();
        private readonly CancellationToken _cancellationToken;
        private readonly Dictionary<string, SidKindSpec> _sidKinds = new(StringComparer.Ordinal);
        private readonly HashSet<string> _resources = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ScopeSpec> _scopes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, JsonNode> _typeNames = new(StringComparer.Ordinal);

        private SpecReader(CancellationToken cancellationToken) => _cancellationToken = cancellationToken;

        public static SpecReadResult Read(string text, CancellationToken cancellationToken = default)
        {
            var root = JsonParser.Parse(text, out var syntaxError);
            if (root is null)
            {
                return new SpecReadResult(null, new EquatableArray<SpecDiagnostic>(new[] { syntaxError! }));
            }

            var reader = new SpecReader(cancellationToken);
            var spec = reader.ReadSpec(root);
            var diagnostics = reader._diagnostics.ToEquatableArray();
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

            foreach (var name in Naming.FixedTypeNames.Concat(Naming.RuntimeTypeNames))
            {
                _typeNames[name] = root;
            }

            var sidKinds = obj.Array("sidKinds", required: true, ReadSidKind);
            var resources = obj.Array("resources", required: true, ReadResource);
            var scopes = obj.Array("scopes", required: true, (node, path) => ReadScope(node, path));
            var common = obj.Array("commonParameters", required: false, (node, path) => ReadValue(node, path, ValueContext.Payload, null));
            CheckUniquePropertyNames(obj.Node("commonParameters"), common, typeName: null);
            var filterNodes = new List<(FilterSpec Filter, JsonObjectView View)>();
            var filters = obj.Array("filters", required: true, (node, path) => ReadFilter(node, path, filterNodes));
            CheckCounterparts(filterNodes);
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
                DefineTypeName(Naming.SidTypeName(name), obj.Node("name")!);
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

        private ScopeSpec? ReadScope(JsonNode node, string path)
        {
            var obj = Open(node, path, "name", "description", "operations", "methods", "methodsIgnoreCase", "targets", "requests", "response", "page");
            if (obj is null)
            {
                return null;
            }

            var name = obj.String("name", required: true, IdentifierPattern, "a camelCase name");
            var description = obj.String("description", required: true);
            var methods = obj.Array("methods", required: false, (n, p) => ExpectString(n, p, WireValuePattern, "an HTTP method"));
            var methodsIgnoreCase = obj.Bool("methodsIgnoreCase");
            var targets = obj.Array("targets", required: false, (n, p) => ExpectString(n, p, WireValuePattern, "a target name"));
            if (methodsIgnoreCase && methods.Count == 0)
            {
                Report(DiagnosticIds.SpecFormat, obj.Node("methodsIgnoreCase")!, $"{path}.methodsIgnoreCase: says how \"methods\" compare, but the scope lists none.");
            }

            CheckUniqueMembers(obj.Node("methods"), methods, "method");
            CheckUniqueMembers(obj.Node("targets"), targets, "target");
            if (name is null || description is null)
            {
                return null;
            }

            // Requests and responses refer to the scope's own methods and targets.
            var partial = new ScopeSpec(name, description, EquatableArray<OperationSpec>.Empty, methods, methodsIgnoreCase, targets, EquatableArray<RequestSpec>.Empty, null, null);
            if (methods.Count > 0)
            {
                DefineWireEnumTypeNames(Naming.MethodTypeName(name), obj.Node("methods")!);
            }

            if (targets.Count > 0)
            {
                DefineWireEnumTypeNames(Naming.TargetTypeName(name), obj.Node("targets")!);
            }

            var requests = obj.Array("requests", required: false, (n, p) => ReadRequest(n, p, partial));
            var response = obj.Node("response") is { } responseNode ? ReadResponse(responseNode, path + ".response", partial) : null;
            // The page's items are the scope's response, so it is read knowing it.
            var page = obj.Node("page") is { } pageNode ? ReadResponse(pageNode, path + ".page", partial with { Response = response }) : null;
            var operations = obj.Array("operations", required: false, (n, p) => ReadOperation(n, p, requests, response, page));
            var scope = partial with { Operations = operations, Requests = requests, Response = response, Page = page };
            Define(_scopes, name, scope, obj.Node("name")!, "scope");
            return scope;
        }

        private OperationSpec? ReadOperation(JsonNode node, string path, EquatableArray<RequestSpec> requests, ResponseSpec? response, ResponseSpec? page)
        {
            var obj = Open(node, path, "name", "method", "paths", "request", "answer");
            if (obj is null)
            {
                return null;
            }

            var name = obj.String("name", required: true, IdentifierPattern, "a camelCase name");
            var method = obj.String("method", required: true, HttpMethodPattern, "an HTTP method in upper case (\"GET\", \"POST\", \"DELETE\")");
            var paths = obj.Array("paths", required: true, (n, p) => ExpectString(n, p, ResourcePathPattern, "a path such as \"/v1/Conversations/{ConversationSid}/Webhooks\""));
            if (obj.Node("paths") is JsonArray { Items.Count: 0 })
            {
                Report(DiagnosticIds.SpecFormat, obj.Node("paths")!, $"{path}.paths: an operation needs at least one path.");
            }
            var request = obj.String("request", required: false);
            var answer = obj.Enum("answer", required: true, Answers);
            if (request is not null && !requests.Any(r => r.Name == request))
            {
                Report(DiagnosticIds.SpecUndefinedReference, obj.Node("request")!, $"{path}.request: '{request}' is not a request of this scope.");
                return null;
            }

            if (answer == OperationAnswer.Resource && response is null)
            {
                Report(DiagnosticIds.SpecUndefinedReference, obj.Node("answer")!, $"{path}.answer: the scope defines no \"response\" to answer with.");
                return null;
            }

            if (answer == OperationAnswer.Page && page is null)
            {
                Report(DiagnosticIds.SpecUndefinedReference, obj.Node("answer")!, $"{path}.answer: the scope defines no \"page\" to answer with.");
                return null;
            }

            return name is null || method is null || answer is null || paths.Count == 0 ? null : new OperationSpec(name, method, paths, request, answer.Value);
        }

        private RequestSpec? ReadRequest(JsonNode node, string path, ScopeSpec scope)
            => ReadValueType(node, path, "parameters", ValueContext.Request, scope) is { } type ? new RequestSpec(type.Name, type.Values) : null;

        private ResponseSpec? ReadResponse(JsonNode node, string path, ScopeSpec scope)
            => ReadValueType(node, path, "fields", ValueContext.Response, scope) is { } type ? new ResponseSpec(type.Name, type.Values) : null;

        /// <summary>A request or response: a generated type's name and its values (under <paramref name="member"/>).</summary>
        private (string Name, EquatableArray<ValueSpec> Values)? ReadValueType(JsonNode node, string path, string member, ValueContext context, ScopeSpec scope)
        {
            var obj = Open(node, path, "name", member);
            if (obj is null)
            {
                return null;
            }

            var name = obj.String("name", required: true, TypeNamePattern, "a PascalCase type name");
            var values = obj.Array(member, required: true, (n, p) => ReadValue(n, p, context, scope));
            CheckUniquePropertyNames(obj.Node(member), values, name);
            if (name is null)
            {
                return null;
            }

            DefineTypeName(name, obj.Node("name")!);
            return (name, values);
        }

        private enum ValueContext
        {
            Request,
            Response,
            Payload,
        }

        private ValueSpec? ReadValue(JsonNode node, string path, ValueContext context, ScopeSpec? scope)
        {
            var obj = Open(node, path, "name", "type", "description", "sidKind", "values", "typeName", "fields", "repeated", "optional", "required", "minimum", "maximum");
            if (obj is null)
            {
                return null;
            }

            var name = obj.String("name", required: true, WireNamePattern, "a wire name (letters, digits, '_' and '.')");
            var type = obj.Enum("type", required: true, ValueTypes);
            var description = obj.String("description", required: false);
            var sidKind = obj.String("sidKind", required: false, TypeNamePattern, "a SID kind name");
            var values = obj.Array("values", required: false, (n, p) => ExpectString(n, p, WireValuePattern, "an enum value"));
            CheckUniqueMembers(obj.Node("values"), values, "value");
            var typeName = obj.String("typeName", required: false, TypeNamePattern, "a PascalCase type name");
            var fields = obj.Array("fields", required: false, (n, p) => ReadValue(n, p, context, scope));
            CheckUniquePropertyNames(obj.Node("fields"), fields, typeName);
            var repeated = obj.Bool("repeated");
            var optional = obj.Bool("optional");
            var required = obj.Bool("required");
            var minimum = obj.Int("minimum");
            var maximum = obj.Int("maximum");
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
                _ => true,
            };

            if (!valid || !CheckRange(obj, path, context, type.Value, minimum, maximum))
            {
                return null;
            }

            return new ValueSpec(name, type.Value, sidKind, values, typeName, fields, repeated, optional, required, description, minimum, maximum);
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

            DefineTypeName(typeName, obj.Node("typeName")!);
            return true;
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

        private FilterSpec? ReadFilter(JsonNode node, string path, List<(FilterSpec, JsonObjectView)> filterNodes)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var obj = Open(node, path, "name", "phase", "resource", "counterpart", "scopes", "description", "parameters");
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
            CheckUniquePropertyNames(obj.Node("parameters"), parameters, typeName: null);

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

            CheckUniqueMembers(scopesNode, scopes, "scope");
            if (name is null || phase is null || resource is null || description is null)
            {
                return null;
            }

            var filter = new FilterSpec(name, phase.Value, resource, counterpart, scopes, description, parameters);
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

        private BindingSpec? ReadBinding(JsonNode node, string path)
        {
            var obj = Open(node, path, "type", "methods", "parameters", "properties");
            if (obj is null)
            {
                return null;
            }

            var type = obj.String("type", required: true, MetadataNamePattern, "a fully qualified metadata type name");
            var methods = obj.Array("methods", required: false, (n, p) => ExpectString(n, p, MemberNamePattern, "a method name or \".ctor\""));
            var parameters = obj.Array("parameters", required: false, ReadBound);
            var properties = obj.Array("properties", required: false, ReadBound);
            if (parameters.Count > 0 && methods.Count == 0)
            {
                Report(DiagnosticIds.SpecFormat, obj.Node("parameters")!, $"{path}: \"parameters\" need the \"methods\" they belong to.");
            }

            return type is null ? null : new BindingSpec(type, methods, parameters, properties);
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
                    if (sidKinds.Count == 0)
                    {
                        Report(DiagnosticIds.SpecFormat, takesNode, $"{path}: a binding that takes a SID needs a non-empty \"sidKinds\".");
                        return null;
                    }

                    var sidKindsNode = (JsonArray)obj.Node("sidKinds")!;
                    for (var i = 0; i < sidKinds.Count; i++)
                    {
                        if (!RequireDefinedSidKind(sidKindsNode.Items[i], $"{path}.sidKinds[{i}]", sidKinds[i]))
                        {
                            return null;
                        }
                    }

                    break;
            }

            return new BoundValueSpec(name, takes.Value, scope, sidKinds, allowsUniqueName);
        }

        private static readonly Dictionary<string, ValueType> ValueTypes = new(StringComparer.Ordinal)
        {
            ["string"] = ValueType.String,
            ["int"] = ValueType.Int,
            ["bool"] = ValueType.Bool,
            ["dateTime"] = ValueType.DateTime,
            ["uri"] = ValueType.Uri,
            ["json"] = ValueType.Json,
            ["sid"] = ValueType.Sid,
            ["enum"] = ValueType.Enum,
            ["filter"] = ValueType.Filter,
            ["method"] = ValueType.Method,
            ["target"] = ValueType.Target,
            ["object"] = ValueType.Object,
        };

        private static readonly Dictionary<string, OperationAnswer> Answers = new(StringComparer.Ordinal)
        {
            ["resource"] = OperationAnswer.Resource,
            ["page"] = OperationAnswer.Page,
            ["nothing"] = OperationAnswer.Nothing,
        };

        private static readonly Dictionary<string, FilterPhase> Phases = new(StringComparer.Ordinal)
        {
            ["pre"] = FilterPhase.Pre,
            ["post"] = FilterPhase.Post,
        };

        private static readonly Dictionary<string, BoundValueKind> BoundKinds = new(StringComparer.Ordinal)
        {
            ["filter"] = BoundValueKind.Filter,
            ["sid"] = BoundValueKind.Sid,
            ["method"] = BoundValueKind.Method,
            ["target"] = BoundValueKind.Target,
            ["credential"] = BoundValueKind.Credential,
        };

        // ---- shared checks -------------------------------------------------------------------

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

        /// <summary>An enum of wire values comes with its <c>Names</c> class and its <c>Value</c> wrapper.</summary>
        private void DefineWireEnumTypeNames(string enumName, JsonNode at)
        {
            DefineTypeName(enumName, at);
            DefineTypeName(Naming.NamesTypeName(enumName), at);
            DefineTypeName(Naming.ValueTypeName(enumName), at);
        }

        private void DefineTypeName(string typeName, JsonNode at)
        {
            if (_typeNames.ContainsKey(typeName))
            {
                Report(DiagnosticIds.SpecDuplicateName, at, $"the generated type name '{typeName}' is already taken.");
                return;
            }

            _typeNames.Add(typeName, at);
        }

        private void CheckUniqueMembers(JsonNode? arrayNode, EquatableArray<string> values, string what)
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
                    Report(DiagnosticIds.SpecDuplicateName, array.Items[i], $"the {what} '{values[i]}' would be the C# member '{member}', a name the generated code already uses ({string.Join(", ", Naming.ReservedMemberNames)}).");
                }
                else if (!seen.Add(member))
                {
                    Report(DiagnosticIds.SpecDuplicateName, array.Items[i], $"the {what} '{values[i]}' is listed twice (names compare as C# members: '{member}').");
                }
            }
        }

        private void CheckUniquePropertyNames(JsonNode? arrayNode, EquatableArray<ValueSpec> values, string? typeName)
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
                    Report(DiagnosticIds.SpecDuplicateName, array.Items[i], $"'{values[i].Name}' would be the C# property '{property}', a name the generated type already uses (its own name, {string.Join(", ", Naming.ReservedPropertyNames)}).");
                }
                else if (!seen.Add(property))
                {
                    Report(DiagnosticIds.SpecDuplicateName, array.Items[i], $"'{values[i].Name}' is listed twice (as the C# property '{property}').");
                }
            }
        }

        private string? ExpectString(JsonNode node, string path, Regex? pattern, string? expected)
        {
            if (node is not JsonScalar { Kind: JsonKind.String } scalar)
            {
                Report(DiagnosticIds.SpecFormat, node, $"{path}: expected a string, found {node.Describe()}.");
                return null;
            }

            if (pattern is not null && !pattern.IsMatch(scalar.Text))
            {
                Report(DiagnosticIds.SpecFormat, node, $"{path}: expected {expected}, found {Quote(scalar.Text)}.");
                return null;
            }

            return scalar.Text;
        }

        private static string Quote(string value)
            => value.Length <= 40 ? $"\"{value}\"" : $"\"{value.Substring(0, 40)}...\" ({value.Length} characters)";

        private void Report(string id, JsonNode node, string message) => _diagnostics.Add(SpecDiagnostic.At(id, node, message));

        private void Report(string id, JsonMember member, string message)
            => _diagnostics.Add(SpecDiagnostic.At(id, member.NamePosition, member.NameLength, message));

        private JsonObjectView? Open(JsonNode node, string path, params string[] allowed)
        {
            if (node is not JsonObject obj)
            {
                Report(DiagnosticIds.SpecFormat, node, $"{path}: expected an object, found {node.Describe()}.");
                return null;
            }

            var members = new Dictionary<string, JsonMember>(StringComparer.Ordinal);
            foreach (var member in obj.Members)
            {
                if (Array.IndexOf(allowed, member.Name) < 0)
                {
                    Report(DiagnosticIds.SpecFormat, member, $"{path}: unknown property \"{member.Name}\"; expected one of {string.Join(", ", allowed.Select(a => $"\"{a}\""))}.");
                }
                else if (members.ContainsKey(member.Name))
                {
                    Report(DiagnosticIds.SpecDuplicateName, member, $"{path}: the property \"{member.Name}\" appears twice.");
                }
                else
                {
                    members.Add(member.Name, member);
                }
            }

            return new JsonObjectView(this, obj, path, members);
        }

        /// <summary>Typed access to one JSON object's members, reporting what is missing or mistyped.</summary>
        private sealed class JsonObjectView
        {
            private readonly SpecReader _reader;
            private readonly JsonObject _node;
            private readonly string _path;
            private readonly Dictionary<string, JsonMember> _members;

            public JsonObjectView(SpecReader reader, JsonObject node, string path, Dictionary<string, JsonMember> members)
            {
                _reader = reader;
                _node = node;
                _path = path;
                _members = members;
            }

            public JsonNode? Node(string name) => _members.TryGetValue(name, out var member) ? member.Value : null;

            public JsonNode? Required(string name, JsonKind kind) => Get(name, kind, required: true);

            public JsonNode? Optional(string name, JsonKind kind) => Get(name, kind, required: false);

            public string? String(string name, bool required, Regex? pattern = null, string? expected = null)
                => Get(name, JsonKind.String, required) is { } node ? _reader.ExpectString(node, $"{_path}.{name}", pattern, expected) : null;

            public bool Bool(string name)
            {
                var node = Node(name);
                if (node is null)
                {
                    return false;
                }

                if (node.Kind != JsonKind.True && node.Kind != JsonKind.False)
                {
                    _reader.Report(DiagnosticIds.SpecFormat, node, $"{_path}.{name}: expected true or false, found {node.Describe()}.");
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

                _reader.Report(DiagnosticIds.SpecFormat, node, $"{_path}.{name}: expected an integer, found {node.Text}.");
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

                _reader.Report(DiagnosticIds.SpecFormat, node, $"{_path}.{name}: expected one of {string.Join(", ", values.Keys.Select(k => $"\"{k}\""))}, found {Quote(node.Text)}.");
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
                    _reader._cancellationToken.ThrowIfCancellationRequested();
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
                        _reader.Report(DiagnosticIds.SpecFormat, _node, $"{_path}: the property \"{name}\" is required.");
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
                    _reader.Report(DiagnosticIds.SpecFormat, node, $"{_path}.{name}: expected {expected}, found {node.Describe()}.");
                    return null;
                }

                return node;
            }
        }
    }
}
