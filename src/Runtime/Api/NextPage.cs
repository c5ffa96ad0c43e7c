using System;

namespace ConversationHooks
{
    /// <summary>
    /// Where the next page of a list is: the path and query of the page's <c>next_page_url</c>, sent to the
    /// connection's own base address. Twilio writes its public host into that URL even when the list was
    /// read through a region, an edge or a test server, so the host is not followed; and credentials never
    /// go to a host the connection was not given. A relative URL (<c>/v1/...</c>) is a path already; one under
    /// the base address's own path has that path taken off. A next page of another resource is refused.
    /// </summary>
    internal static class NextPage
    {
        /// <param name="nextPageUrl">The page's <c>next_page_url</c>.</param>
        /// <param name="listPath">The list's path, such as <c>/v1/Services</c>.</param>
        /// <param name="basePath">The base address's path without its last '/', such as <c>/twilio</c>; empty when it has none.</param>
        /// <returns>The path and query to GET next; null when <paramref name="nextPageUrl"/> says there is no next page.</returns>
        /// <exception cref="TwilioApiException">The URL is not a page of <paramref name="listPath"/>.</exception>
        public static string? PathAndQuery(string? nextPageUrl, string listPath, string basePath)
        {
            if (string.IsNullOrEmpty(nextPageUrl))
            {
                return null;
            }

            // Only http and https URLs are absolute here: on Linux and macOS "/v1/..." parses as an absolute file: URI.
            var pathAndQuery = Uri.TryCreate(nextPageUrl, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp)
                ? absolute.PathAndQuery
                : nextPageUrl!;
            if (basePath.Length > 0 && pathAndQuery.StartsWith(basePath + "/", StringComparison.Ordinal))
            {
                pathAndQuery = pathAndQuery.Substring(basePath.Length);
            }

            var query = pathAndQuery.IndexOf('?');
            var path = query < 0 ? pathAndQuery : pathAndQuery.Substring(0, query);
            if (!string.Equals(path, listPath, StringComparison.Ordinal))
            {
                throw new TwilioApiException($"The next page of GET {listPath} is '{nextPageUrl}', which is not a page of that list.", TwilioApiFailure.Paging);
            }

            return pathAndQuery;
        }
    }
}
