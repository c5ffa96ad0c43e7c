using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace ConversationHooks.Samples.Receiver
{
    /// <summary>Where the receiver listens and where its endpoint is, shared by the receiver and the simulator.</summary>
    internal static class ListenAddress
    {
        /// <summary>
        /// Used when nothing says otherwise: loopback only (Twilio reaches it through a tunnel), and not 5000,
        /// ASP.NET Core's default, which macOS's AirPlay receiver takes.
        /// </summary>
        public const string Default = "http://127.0.0.1:5080";

        /// <summary>The path the endpoint is mapped at.</summary>
        public const string EndpointPath = "/twilio/conversations";

        /// <summary>
        /// True when ASP.NET Core's own settings say where to listen: <c>ASPNETCORE_URLS</c> or <c>--urls</c>, or
        /// <c>ASPNETCORE_HTTP_PORTS</c>/<c>HTTPS_PORTS</c> (what container images set); those win over <see cref="Default"/>.
        /// </summary>
        public static bool IsConfigured(IConfiguration configuration)
            => !string.IsNullOrEmpty(configuration[WebHostDefaults.ServerUrlsKey])
                || !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpPortsKey])
                || !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpsPortsKey]);
    }
}
