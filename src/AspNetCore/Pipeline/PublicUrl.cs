using System;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace ConversationHooks.AspNetCore.Pipeline
{
    /// <summary>
    /// The URL Twilio called and signed, rebuilt from the request: its scheme, host and path base as the app
    /// sees them (after <c>UseForwardedHeaders</c>, the proxy's), or the configured public base URL in their
    /// place; then the path and the query string as they came. The validator tries it with and without the
    /// scheme's default port.
    /// </summary>
    internal static class PublicUrl
    {
        public static string Of(HttpRequest request, Uri? publicBaseUrl)
        {
            if (publicBaseUrl is null)
            {
                return UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, request.QueryString);
            }

            // The base's own path (a path base the proxy adds), without its last '/', then the request's path.
            var basePath = publicBaseUrl.AbsolutePath.TrimEnd('/');
            return publicBaseUrl.GetLeftPart(UriPartial.Authority) + basePath + request.Path.ToUriComponent() + request.QueryString.ToUriComponent();
        }
    }
}
