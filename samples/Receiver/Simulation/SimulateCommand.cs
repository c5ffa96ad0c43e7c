using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;

namespace ConversationHooks.Samples.Receiver.Simulation
{
    /// <summary>
    /// <c>--simulate [url]</c>: sends the sample events, signed with <c>Twilio:AuthToken</c>, to a running
    /// receiver (default <see cref="ListenAddress.Default"/>) and prints what each handler answered.
    /// Exit codes: 0 every event handled, 1 some refused or failed, 2 nothing could be sent.
    /// </summary>
    internal static class SimulateCommand
    {
        private const string Flag = "--simulate";

        public static bool IsRequested(IReadOnlyList<string> args) => args.Contains(Flag, StringComparer.Ordinal);

        public static async Task<int> RunAsync(IReadOnlyList<string> args)
        {
            // The same configuration keys as the receiver: Twilio__AuthToken in the environment, or --Twilio:AuthToken=...
            var options = args.Where(arg => arg != Flag && arg.StartsWith("--", StringComparison.Ordinal)).ToArray();
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(options).Build();
            var authToken = configuration["Twilio:AuthToken"];
            if (string.IsNullOrEmpty(authToken))
            {
                Console.Error.WriteLine("No auth token to sign with: set Twilio:AuthToken (Twilio__AuthToken in the environment) to the receiver's.");
                return 2;
            }

            var given = args.Where(arg => !arg.StartsWith("--", StringComparison.Ordinal)).ToArray();
            if (given.Length > 1 || !TryEndpointUrl(given.SingleOrDefault() ?? ListenAddress.Default, out var url))
            {
                Console.Error.WriteLine($"Usage: {Flag} [http://host:port{ListenAddress.EndpointPath}] (one absolute http or https URL; default {ListenAddress.Default}).");
                return 2;
            }

            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            var handled = true;
            foreach (var delivery in SampleDeliveries())
            {
                HttpResponseMessage response;
                try
                {
                    response = await client.SendAsync(delivery.ToRequest(url, authToken));
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                {
                    Console.Error.WriteLine($"Cannot reach {url}: {exception.Message} Is the receiver running (dotnet run --project samples/Receiver)?");
                    return 2;
                }

                using (response)
                {
                    var answer = await DeliveryAnswer.ReadAsync(delivery, response);
                    Console.WriteLine($"{delivery} -> {answer}");
                    handled &= answer.IsHandled;
                }
            }

            return handled ? 0 : 1;
        }

        /// <summary>Twilio's event fixtures; the first four show the onMessageAdd rule (whole word, any case).</summary>
        private static IEnumerable<SampleDelivery> SampleDeliveries()
        {
            var directory = Path.Combine(AppContext.BaseDirectory, "SampleEvents");
            yield return SampleDelivery.Read(directory, "onMessageAdd", body: "hello");
            yield return SampleDelivery.Read(directory, "onMessageAdd", body: "this is forbidden");
            yield return SampleDelivery.Read(directory, "onMessageAdd", body: "FORBIDDEN!");
            yield return SampleDelivery.Read(directory, "onMessageAdd", body: "unforbidden words pass");
            yield return SampleDelivery.Read(directory, "onMessageAdded");
            yield return SampleDelivery.Read(directory, "onConversationUpdated");
        }

        /// <summary>An absolute http(s) URL; a bare host and port gets the endpoint's path.</summary>
        private static bool TryEndpointUrl(string text, out Uri url)
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out url!) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                return false;
            }

            if (url.AbsolutePath == "/")
            {
                url = new Uri(url, ListenAddress.EndpointPath);
            }

            return true;
        }
    }
}
