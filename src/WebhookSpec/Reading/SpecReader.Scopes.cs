using System.Linq;
using ConversationHooks.Spec.Json;
using ConversationHooks.Spec.Model;
using static ConversationHooks.Spec.Reading.SpecKeywords;
using static ConversationHooks.Spec.Reading.SpecPatterns;

namespace ConversationHooks.Spec
{
    // The scopes section: each scope, its operations, requests, response and page.
    internal sealed partial class SpecReader
    {
        private ScopeSpec? ReadScope(JsonNode node, string path)
        {
            var obj = Open(node, path, "name", "description", "operations", "methods", "methodsIgnoreCase", "targets", "requests", "response", "page", "twilioSdkResources");
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

            _names.CheckUniqueMembers(obj.Node("methods"), methods, "method");
            _names.CheckUniqueMembers(obj.Node("targets"), targets, "target");
            if (name is null || description is null)
            {
                return null;
            }

            // Requests and responses refer to the scope's own methods and targets.
            var partial = new ScopeSpec(name, description, EquatableArray<OperationSpec>.Empty, methods, methodsIgnoreCase, targets, EquatableArray<RequestSpec>.Empty, null, null, EquatableArray<TwilioSdkResourceSpec>.Empty);
            if (methods.Count > 0)
            {
                _names.DefineWireEnumTypeNames(Naming.MethodTypeName(name), obj.Node("methods")!);
            }

            if (targets.Count > 0)
            {
                _names.DefineWireEnumTypeNames(Naming.TargetTypeName(name), obj.Node("targets")!);
            }

            var requests = obj.Array("requests", required: false, (n, p) => ReadRequest(n, p, partial));
            var response = obj.Node("response") is { } responseNode ? ReadResponse(responseNode, path + ".response", partial) : null;
            // The page's items are the scope's response, so it is read knowing it.
            var page = obj.Node("page") is { } pageNode ? ReadResponse(pageNode, path + ".page", partial with { Response = response }) : null;
            var operations = obj.Array("operations", required: false, (n, p) => ReadOperation(n, p, requests, response, page));
            var sdkResources = obj.Array("twilioSdkResources", required: false, (n, p) => ReadTwilioSdkResource(n, p, response));

            var scope = partial with { Operations = operations, Requests = requests, Response = response, Page = page, TwilioSdkResources = sdkResources };
            Define(_scopes, name, scope, obj.Node("name")!, "scope");
            return scope;
        }

        private OperationSpec? ReadOperation(JsonNode node, string path, EquatableArray<RequestSpec> requests, ResponseSpec? response, ResponseSpec? page)
        {
            var obj = Open(node, path, "name", "method", "paths", "request", "answer", "twilioSdkOptions");
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
            var sdkOptions = ReadTwilioSdkTypes(obj, "twilioSdkOptions", "a Twilio SDK options type's metadata name");
            if (sdkOptions.Count > 0 && (request is null || sdkOptions.Count != paths.Count))
            {
                var needed = request is null ? "a \"request\" to convert" : $"one type per path ({paths.Count})";
                Report(DiagnosticIds.SpecFormat, obj.Node("twilioSdkOptions")!, $"{path}.twilioSdkOptions: needs {needed}.");
                return null;
            }
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

            return name is null || method is null || answer is null || paths.Count == 0 ? null : new OperationSpec(name, method, paths, request, answer.Value, sdkOptions);
        }

        private EquatableArray<string> ReadTwilioSdkTypes(JsonObjectView obj, string member, string expected)
            => obj.Array(member, required: false, (n, p) => ExpectString(n, p, MetadataNamePattern, expected));

        private TwilioSdkResourceSpec? ReadTwilioSdkResource(JsonNode node, string path, ResponseSpec? response)
        {
            var obj = Open(node, path, "type", "absentFields");
            if (obj is null)
            {
                return null;
            }

            var type = obj.String("type", required: true, MetadataNamePattern, "a Twilio SDK resource type's metadata name");
            var absent = obj.Array("absentFields", required: false, (n, p) => ExpectString(n, p, null, null));
            if (response is null)
            {
                Report(DiagnosticIds.SpecUndefinedReference, node, $"{path}: the scope defines no \"response\" this type could be read into.");
                return null;
            }

            foreach (var field in absent.Where(f => !response.Fields.Any(r => r.Name == f)))
            {
                Report(DiagnosticIds.SpecUndefinedReference, obj.Node("absentFields")!, $"{path}.absentFields: '{field}' is not a field of {response.Name}.");
            }

            return type is null ? null : new TwilioSdkResourceSpec(type, absent);
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
            _names.CheckUniquePropertyNames(obj.Node(member), values, name);
            if (name is null)
            {
                return null;
            }

            _names.DefineTypeName(name, obj.Node("name")!);
            return (name, values);
        }
    }
}
