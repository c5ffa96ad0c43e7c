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
            if (endpoints.Length == 0)
            {
                return $"A form-encoded request at {scope.Name} scope.";
            }

            return IsQuery(request, scope)
                ? $"The query string of {endpoints}."
                : $"The form body (application/x-www-form-urlencoded) of {endpoints}.";
        }

        /// <summary>True for a request a GET sends: its parameters go in the query string, as a GET has no body.</summary>
        public static bool IsQuery(RequestSpec request, ScopeSpec scope)
            => scope.Operations.Any(o => o.Request == request.Name && o.HttpMethod == "GET");

        public static string PageSummary(ScopeSpec scope)
        {
            var page = Endpoints(scope, o => o.Answer == OperationAnswer.Page);
            return page.Length == 0 ? $"A page of JSON resources at {scope.Name} scope." : $"The JSON page that {page} answer with: a list of resources and how to reach the next page.";
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
