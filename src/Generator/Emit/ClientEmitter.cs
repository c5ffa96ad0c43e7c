using System.Collections.Generic;
using System.Linq;
using ConversationHooks.Spec.Model;

namespace ConversationHooks.Generator.Emit
{
    /// <summary>
    /// Emits <c>WebhookConfigurationClient</c>: one typed method per operation and path of every scope
    /// (fetch, update, create, delete), sending the generated requests and reading the generated
    /// responses through the runtime's <c>TwilioApiConnection</c>. Operations that answer a page are
    /// left out until the spec models the page type; see <see cref="Emits"/>.
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
        /// The operations the client calls. A list answers a page (and takes paging parameters) whose type
        /// the spec does not model yet: when it does, a list call that follows every page joins here.
        /// </summary>
        private static bool Emits(OperationSpec operation, ScopeSpec scope)
            => scope.Response is not null
                && (operation.Request is null
                    ? operation.Answer != OperationAnswer.Page
                    : operation.Answer == OperationAnswer.Resource && scope.Requests.Any(r => r.Name == operation.Request));

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
            var answers = operation.Answer == OperationAnswer.Resource ? $", answering the <see cref=\"{Type(options, response)}\"/>" : string.Empty;
            w.Summary($"<c>{operation.HttpMethod} {SourceWriter.EscapeXml(call.Path)}</c>: {operation.Name} at {SourceWriter.EscapeXml(call.Scope.Name)} scope{answers}.");
            var parameters = new List<string>();
            foreach (var parameter in call.Parameters)
            {
                w.Line($"/// <param name=\"{parameter.Name.TrimStart('@')}\">{parameter.Documentation}</param>");
                parameters.Add($"{parameter.Type} {parameter.Name}");
            }

            if (operation.Request is not null)
            {
                w.Line("/// <param name=\"request\">The form to send.</param>");
                parameters.Add($"{Type(options, operation.Request)} request");
            }

            w.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
            parameters.Add($"{CancellationToken} cancellationToken = default({CancellationToken})");
            if (operation.Request is not null)
            {
                w.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"request\"/> is null.</exception>");
            }

            if (call.Parameters.Count > 0)
            {
                w.Line("/// <exception cref=\"global::System.ArgumentException\">A SID is the default (empty) value.</exception>");
            }

            w.Line("/// <exception cref=\"global::ConversationHooks.TwilioApiException\">Twilio answered with an error, or an answer that could not be read.</exception>");
            var result = operation.Answer == OperationAnswer.Resource ? $"global::System.Threading.Tasks.Task<{Type(options, response)}>" : "global::System.Threading.Tasks.Task";
            w.Open($"public {result} {call.MethodName}({string.Join(", ", parameters)})");
            if (operation.Request is not null)
            {
                w.Line("if (request == null) throw new global::System.ArgumentNullException(nameof(request));");
            }

            w.Line($"var path = {call.PathExpression};");
            w.Line(operation.Answer == OperationAnswer.Resource
                ? $"return _connection.SendAsync({SourceWriter.Literal(operation.HttpMethod)}, path, {(operation.Request is null ? "null" : "request")}, s_read{response}, cancellationToken);"
                : $"return _connection.SendAsync({SourceWriter.Literal(operation.HttpMethod)}, path, cancellationToken);");
            w.Close();
        }

        private static string Type(GeneratorOptions options, string name) => $"global::{options.Namespace}.{name}";
    }
}
