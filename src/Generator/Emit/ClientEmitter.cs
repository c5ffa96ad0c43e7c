using System.Collections.Generic;
using System.Linq;
using ConversationHooks.Spec.Model;

namespace ConversationHooks.Generator.Emit
{
    /// <summary>
    /// Emits <c>WebhookConfigurationClient</c>: one typed method per operation and path of every scope
    /// (list, fetch, update, create, delete), sending the generated requests and reading the generated
    /// responses through the runtime's <c>TwilioApiConnection</c>. A list reads every page and answers
    /// all their items (see <see cref="PageList"/>).
    /// </summary>
    internal static class ClientEmitter
    {
        public const string TypeName = "WebhookConfigurationClient";

        private const string Connection = "global::ConversationHooks.TwilioApiConnection";
        private const string CancellationToken = "global::System.Threading.CancellationToken";

        /// <returns>Null when the spec has no operation the client can call.</returns>
        public static GeneratedFile? Emit(WebhookSpec spec, GeneratorOptions options)
        {
            var calls = Calls(spec, options);
            if (calls.Count == 0)
            {
                return null;
            }

            return GeneratedCode.File(TypeName, options, w =>
            {
                w.Line("/// <summary>");
                w.Line("/// The webhook configuration resources of Twilio's Conversations API as typed calls: each sends a");
                w.Line("/// generated request's form and answers the generated response (unknown values kept). Errors are");
                w.Line("/// <see cref=\"global::ConversationHooks.TwilioApiException\"/>; credentials, base address and retries");
                w.Line("/// belong to the <see cref=\"global::ConversationHooks.TwilioApiConnection\"/>.");
                w.Line("/// </summary>");
                w.Line(GeneratedCode.Attribute);
                w.Open($"{options.Accessibility} sealed partial class {TypeName}");
                foreach (var response in calls.Where(c => c.Operation.Answer == OperationAnswer.Resource).Select(c => c.Scope.Response!.Name).Distinct())
                {
                    w.Line($"private static readonly {GeneratedCode.Internal}Utf8Converter<{Type(options, response)}> s_read{response} = {Type(options, response)}.FromJson;");
                }

                foreach (var list in calls.Select(c => PageList.Of(c.Scope, c.Operation)).Where(l => l is not null).Select(l => l!).Distinct())
                {
                    var page = Type(options, list.PageName);
                    w.Line($"private static readonly {GeneratedCode.Internal}Utf8Converter<{page}> s_read{list.PageName} = {page}.FromJson;");
                    w.Line($"private static readonly global::System.Func<{page}, {options.Nullable($"global::System.Collections.Generic.IReadOnlyList<{Type(options, list.ItemName)}>")}> s_itemsOf{list.PageName} = page => page.{list.ItemsProperty};");
                    w.Line($"private static readonly global::System.Func<{page}, {options.Nullable("string")}> s_nextPageOf{list.PageName} = page => {list.NextPageExpression("page")};");
                }

                w.Line();
                w.Line($"private readonly {Connection} _connection;");
                w.Line();
                w.Summary("A client that calls through <paramref name=\"connection\"/>.");
                w.Line("/// <param name=\"connection\">The HTTP client, credentials and base address the calls go through.</param>");
                w.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"connection\"/> is null.</exception>");
                w.Open($"public {TypeName}({Connection} connection)");
                w.Line("_connection = connection ?? throw new global::System.ArgumentNullException(nameof(connection));");
                w.Close();
                foreach (var call in calls)
                {
                    w.Line();
                    EmitCall(w, call, options);
                }

                w.Close();
            });
        }

        /// <summary>
        /// The operations the client calls: those whose request (if any) the scope defines, and a list only
        /// when the scope's page holds its responses (<see cref="PageList.Of"/>).
        /// </summary>
        private static bool Emits(OperationSpec operation, ScopeSpec scope)
            => scope.Response is not null
                && (operation.Request is null || scope.Requests.Any(r => r.Name == operation.Request))
                && (operation.Answer != OperationAnswer.Page || PageList.Of(scope, operation) is not null);

        private static List<ClientCall> Calls(WebhookSpec spec, GeneratorOptions options)
        {
            var calls = new List<ClientCall>();
            var signatures = new HashSet<string>();
            foreach (var scope in spec.Scopes)
            {
                foreach (var operation in scope.Operations.Where(o => Emits(o, scope)))
                {
                    foreach (var path in operation.Paths)
                    {
                        // A second path with the same parameter types would be the same overload: the first one wins.
                        var call = ClientCall.Of(operation, path, scope, spec, options);
                        if (call is not null && signatures.Add(call.Signature))
                        {
                            calls.Add(call);
                        }
                    }
                }
            }

            return calls;
        }

        private static void EmitCall(SourceWriter w, ClientCall call, GeneratorOptions options)
        {
            var operation = call.Operation;
            var response = call.Scope.Response!.Name;
            var list = PageList.Of(call.Scope, operation);
            var answers = operation.Answer == OperationAnswer.Resource ? $", answering the <see cref=\"{Type(options, response)}\"/>"
                : list is not null ? $", answering every <see cref=\"{Type(options, response)}\"/> of every page (each next page is read at the connection's base address)"
                : string.Empty;
            w.Summary($"<c>{operation.HttpMethod} {SourceWriter.EscapeXml(call.Path)}</c>: {operation.Name} at {SourceWriter.EscapeXml(call.Scope.Name)} scope{answers}.");
            var parameters = new List<string>();
            foreach (var parameter in call.Parameters)
            {
                w.Line($"/// <param name=\"{parameter.Name.TrimStart('@')}\">{parameter.Documentation}</param>");
                parameters.Add($"{parameter.Type} {parameter.Name}");
            }

            if (list is not null && operation.Request is not null)
            {
                w.Line("/// <param name=\"request\">The paging query of the first page; null for Twilio's defaults.</param>");
                parameters.Add($"{options.Nullable(Type(options, operation.Request!))} request = null");
            }
            else if (operation.Request is not null)
            {
                w.Line("/// <param name=\"request\">The form to send.</param>");
                parameters.Add($"{Type(options, operation.Request)} request");
            }

            w.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
            parameters.Add($"{CancellationToken} cancellationToken = default({CancellationToken})");
            if (operation.Request is not null && list is null)
            {
                w.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"request\"/> is null.</exception>");
            }

            if (call.Parameters.Count > 0)
            {
                w.Line("/// <exception cref=\"global::System.ArgumentException\">A SID is the default (empty) value.</exception>");
            }

            w.Line(list is null
                ? "/// <exception cref=\"global::ConversationHooks.TwilioApiException\">No answer (or none in time), an error answer, or an answer that could not be read: <see cref=\"global::ConversationHooks.TwilioApiException.Failure\"/> says which.</exception>"
                : "/// <exception cref=\"global::ConversationHooks.TwilioApiException\">No answer, an error answer or one that could not be read on any page, or paging that cannot be followed (a next page of another list, one already read, more than the connection's MaxPages): <see cref=\"global::ConversationHooks.TwilioApiException.Failure\"/> says which.</exception>");
            var result = operation.Answer == OperationAnswer.Resource ? $"global::System.Threading.Tasks.Task<{Type(options, response)}>"
                : list is not null ? $"global::System.Threading.Tasks.Task<global::System.Collections.Generic.IReadOnlyList<{Type(options, response)}>>"
                : "global::System.Threading.Tasks.Task";
            w.Open($"public {result} {call.MethodName}({string.Join(", ", parameters)})");
            if (operation.Request is not null && list is null)
            {
                w.Line("if (request == null) throw new global::System.ArgumentNullException(nameof(request));");
            }

            w.Line($"var path = {call.PathExpression};");
            w.Line(list is not null
                ? $"return _connection.ListAsync(path, {(operation.Request is null ? "null" : "request")}, s_read{list.PageName}, s_itemsOf{list.PageName}, s_nextPageOf{list.PageName}, cancellationToken);"
                : operation.Answer == OperationAnswer.Resource
                ? $"return _connection.SendAsync({SourceWriter.Literal(operation.HttpMethod)}, path, {(operation.Request is null ? "null" : "request")}, idempotent: {(IsIdempotent(operation) ? "true" : "false")}, s_read{response}, cancellationToken);"
                : $"return _connection.SendAsync({SourceWriter.Literal(operation.HttpMethod)}, path, cancellationToken);");
            w.Close();
        }

        /// <summary>Whether the call may run twice (and so be retried): every operation but a create, which would make two resources.</summary>
        private static bool IsIdempotent(OperationSpec operation) => operation.Name != "create";

        private static string Type(GeneratorOptions options, string name) => $"global::{options.Namespace}.{name}";
    }
}
