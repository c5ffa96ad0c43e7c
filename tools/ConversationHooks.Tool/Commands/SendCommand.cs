using System;
using System.CommandLine;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using ConversationHooks.Tool.Sending;

namespace ConversationHooks.Tool.Commands
{
    /// <summary>
    /// <c>conversationhooks send &lt;event&gt; --to &lt;url&gt;</c>: the event's sample request (its builder's: new SIDs of the
    /// right kinds, the current time), edited with <c>--set</c>/<c>--unset</c>, signed with the receiver's token from
    /// the environment, sent; the answer printed in the domain's words. Exit codes: <see cref="SendResult"/>, and
    /// <see cref="ToolCommand.UsageError"/>.
    /// </summary>
    internal static class SendCommand
    {
        private static readonly TimeSpan s_defaultTimeout = TimeSpan.FromSeconds(15);

        public static Command Create(ToolContext tool)
        {
            var eventName = new Argument<string>("event") { Description = "The event's filter: onMessageAdded, onMessageAdd, ... ('conversationhooks events' lists them)." };
            var to = new Option<string>("--to") { Description = "The receiver's URL (http://127.0.0.1:5000/twilio/conversations).", Required = true };
            var set = new Option<string[]>("--set") { Description = "Name=value: set a parameter (any name, the spec's or not); repeat a name for a repeated key (a group MMS's MessagingBinding.Address)." };
            var unset = new Option<string[]>("--unset") { Description = "Name: leave a parameter out, as real traffic often does (--unset Source)." };
            var signedUrl = new Option<string?>("--signed-url") { Description = "The URL to sign when the receiver checks another one than --to (its public URL behind a tunnel or proxy)." };
            var get = new Option<bool>("--get") { Description = "Send a GET with the parameters in the query string (a webhook configured with method GET)." };
            var idempotencyToken = new Option<string?>("--idempotency-token") { Description = "The I-Twilio-Idempotency-Token header (default: a new one). Send twice with the same token to test a redelivery: the receiver knows a delivery by account and token, and the AccountSid is the environment's (TWILIO_ACCOUNT_SID) or, without it, drawn from the token." };
            var show = new Option<bool>("--show") { Description = "Print the request's pairs (standard error) before sending it." };
            var timeout = new Option<double?>("--timeout") { Description = $"How many seconds to wait for the answer; default {s_defaultTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)}." };
            var command = new Command("send", $"Sends an event's sample request, signed with the receiver's auth token ({EnvironmentCredentials.AuthTokenVariables} in the environment), and prints the answer as Twilio reads it: received (post-action); continue, change with the fields, or reject (pre-action; a receiver answers a signature it refuses with 403 too). Exit codes: 0 answered, 1 refused (a post-action event not answered 2xx, a refusal naming its problem, an answer Twilio cannot read), 2 usage or no token, 3 unreachable (no connection, or no answer in time).")
            {
                eventName, to, set, unset, signedUrl, get, idempotencyToken, show, timeout,
            };
            command.SetAction((parse, token) => SendAsync(
                tool,
                new SendArguments(parse.GetValue(eventName)!, parse.GetValue(to)!, parse.GetValue(set) ?? [], parse.GetValue(unset) ?? [], parse.GetValue(signedUrl), parse.GetValue(get), parse.GetValue(idempotencyToken), parse.GetValue(show)),
                parse.GetValue(timeout) is { } seconds ? TimeSpan.FromSeconds(seconds) : s_defaultTimeout,
                token));
            return command;
        }

        private static async Task<int> SendAsync(ToolContext tool, SendArguments arguments, TimeSpan timeout, CancellationToken cancellationToken)
        {
            if (!arguments.TryPrepare(tool, out var request, out var choice, out var error))
            {
                return ToolCommand.Refuse(tool, error);
            }

            if (timeout <= TimeSpan.Zero)
            {
                return ToolCommand.Refuse(tool, "--timeout must be a positive number of seconds.");
            }

            var secrets = new EnvironmentCredentials(tool.Environment).Secrets;
            if (arguments.Show)
            {
                foreach (var pair in request.Form)
                {
                    tool.Error.WriteLine(ConsoleText.Printable($"{pair.Key}={pair.Value}", secrets));
                }
            }

            using var client = tool.Handler is null ? new HttpClient() : new HttpClient(tool.Handler, disposeHandler: false);
            client.Timeout = timeout;
            var outcome = await WebhookSender.SendAsync(client, request, choice.IsPreAction, cancellationToken).ConfigureAwait(false);
            var line = ConsoleText.Printable($"{choice.Spec.Name} {request}: {outcome}", secrets);
            if (outcome.Result == SendResult.Answered)
            {
                tool.Output.WriteLine(line);
            }
            else
            {
                tool.Error.WriteLine(line);
            }

            return (int)outcome.Result;
        }
    }
}
