using System.Linq;
using ConversationHooks.Spec.Model;

namespace ConversationHooks.Generator.Emit
{
    /// <summary>
    /// The endpoints a generated type belongs to, in words for its XML docs, from the scope's
    /// operations: "POST /v1/Conversations/{ConversationSid}/Webhooks/{Sid} or POST /v1/Services/...".
    /// </summary>
    internal static class EndpointDocs
    {
        public static string RequestSummary(RequestSpec request, ScopeSpec scope)
        {
            var endpoints = Endpoints(scope, o => o.Request == request.Name);
            return endpoints.Length == 0
                ? $"A form-encoded request at {scope.Name} scope."
                : $"The form body (application/x-www-form-urlencoded) of {endpoints}.";
        }

        public static string ResponseSummary(ScopeSpec scope)
        {
            var resource = Endpoints(scope, o => o.Answer == OperationAnswer.Resource);
            var page = Endpoints(scope, o => o.Answer == OperationAnswer.Page);
            var summary = resource.Length == 0 ? $"The JSON resource at {scope.Name} scope." : $"The JSON that {resource} answer with.";
            return page.Length == 0 ? summary : $"{summary} {page} answer with a page of them.";
        }

        private static string Endpoints(ScopeSpec scope, System.Func<OperationSpec, bool> which)
            => string.Join(", ", scope.Operations.Where(which).SelectMany(o => o.Paths.Select(p => o.HttpMethod + " " + p)));
    }
}
