using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using ConversationHooks.Tool.Sending;
using Microsoft.Extensions.Configuration;

namespace ConversationHooks.Samples.Receiver.Simulation
{
    /// <summary>
    /// <c>--simulate [url]</c>: sends sample events (the generated builders'), signed with <c>Twilio:AuthToken</c>, to a
    /// running receiver (default <see cref="ListenAddress.Default"/>) and prints what each handler answered, with the
    /// sending code of <c>conversationhooks send</c>. Exit codes: 0 every event answered, 1 some refused, 2 nothing
    /// could be sent.
    /// </summary>
    internal static class SimulateCommand
    {
        private const string Flag = "--simulate";

        public static bool IsRequested(IReadOnlyList<string> args) => args.Contains(Flag, StringComparer.Ordinal);

        public static async Task<int> RunAsync(IReadOnlyList<string> args)
        {
            if (args.Any(arg => arg is "--help" or "-h" or "-?"))
            {
                Console.WriteLine($"Usage: {Flag} [http://host:port{ListenAddress.EndpointPath}] (default {ListenAddress.Default}): sends six signed sample events with Twilio:AuthToken (Twilio__AuthToken). For any event: conversationhooks send --help (tools/ConversationHooks.Tool).");
                return 0;
            }

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
            var signer = new TwilioRequestSigner(authToken);
            var answered = true;
            foreach (var (label, form, isPreAction) in SampleDeliveries())
            {
                var outcome = await WebhookSender.SendAsync(client, SignedWebhookRequest.Post(url.AbsoluteUri, form, signer), isPreAction);
                if (outcome.Result == SendResult.Unreachable)
                {
                    Console.Error.WriteLine($"{outcome.Words} Is the receiver running (dotnet run --project samples/Receiver)?");
                    return 2;
                }

                Console.WriteLine($"{label} -> {outcome}");
                answered &= outcome.Result == SendResult.Answered;
            }

            return answered ? 0 : 1;
        }

        /// <summary>The first four show the onMessageAdd rule (whole word, any case).</summary>
        private static IEnumerable<(string Label, WebhookForm Form, bool IsPreAction)> SampleDeliveries()
        {
            foreach (var body in new[] { "hello", "this is forbidden", "FORBIDDEN!", "unforbidden words pass" })
            {
                yield return ($"onMessageAdd \"{body}\"", new MessageAddEventBuilder { Body = body }.ToForm(), true);
            }

            yield return ("onMessageAdded", new MessageAddedEventBuilder().ToForm(), false);
            yield return ("onConversationUpdated", new ConversationUpdatedEventBuilder().ToForm(), false);
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
