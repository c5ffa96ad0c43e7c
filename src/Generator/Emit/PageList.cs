using System.Linq;
using ConversationHooks.Spec;
using ConversationHooks.Spec.Model;

namespace ConversationHooks.Generator.Emit
{
    /// <summary>
    /// How the client reads a list operation's page: the page type, the property that holds the scope's
    /// responses, and where the next page's URL is (the <c>next_page_url</c> of an object field such as
    /// <c>meta</c>). A page without a <c>next_page_url</c> is read as the whole list.
    /// </summary>
    internal sealed record PageList(string PageName, string ItemName, string ItemsProperty, string? MetaProperty, string? NextPageProperty)
    {
        private const string NextPageUrlField = "next_page_url";

        /// <returns>Null unless <paramref name="operation"/> is a GET answering a page that holds the scope's responses.</returns>
        public static PageList? Of(ScopeSpec scope, OperationSpec operation)
        {
            if (operation.Answer != OperationAnswer.Page || operation.HttpMethod != "GET" || scope.Page is not { } page || scope.Response is not { } response)
            {
                return null;
            }

            var items = page.Fields.FirstOrDefault(f => f.Type == ValueType.Object && f.Repeated && f.TypeName == response.Name);
            if (items is null)
            {
                return null;
            }

            var meta = page.Fields.FirstOrDefault(f => f.Type == ValueType.Object && !f.Repeated && f.Fields.Any(n => n.Name == NextPageUrlField && n.Type is ValueType.Uri or ValueType.String && !n.Repeated));
            return new PageList(
                page.Name,
                response.Name,
                Naming.PropertyName(items.Name),
                meta is null ? null : Naming.PropertyName(meta.Name),
                meta is null ? null : Naming.PropertyName(NextPageUrlField));
        }

        /// <summary>C# that reads the next page's URL (null on the last page) from the page <paramref name="page"/> names.</summary>
        public string NextPageExpression(string page)
            => MetaProperty is null ? "null" : $"{page}.{MetaProperty} == null ? null : {page}.{MetaProperty}.{NextPageProperty}";
    }
}
