using System;
using System.Net;

namespace ConversationHooks
{
    /// <summary>
    /// Where the next page of a list is: the path and query of the page's <c>next_page_url</c>, sent to the
    /// connection's own base address. Twilio writes its public host into that URL even when the list was
    /// read through a region, an edge or a test server, so the host is not followed; and credentials never
    /// go to a host the connection was not given. A next page of another resource is refused.
    /// </summary>
    internal static class NextPage
    {
        /// <returns>The path and query to GET next; null when <paramref name="nextPageUrl"/> says there is no next page.</returns>
        /// <exception cref="TwilioApiException">The URL is not a page of <paramref name="listPath"/>.</exception>
        public static string? PathAndQuery(string? nextPageUrl, string listPath)
        {
            if (string.IsNullOrEmpty(nextPageUrl))
            {
                return null;
            }

            var pathAndQuery = Uri.TryCreate(nextPageUrl, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : nextPageUrl!;
            var query = pathAndQuery.IndexOf('?');
            var path = query < 0 ? pathAndQuery : pathAndQuery.Substring(0, query);
            if (!string.Equals(path, listPath, StringComparison.Ordinal))
            {
                throw new TwilioApiException($"The next page of GET {listPath} is '{nextPageUrl}', which is not a page of that list.", HttpStatusCode.OK);
            }

            return pathAndQuery;
        }
    }
}
