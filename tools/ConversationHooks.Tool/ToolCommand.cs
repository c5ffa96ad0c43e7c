using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using ConversationHooks.Tool.Audit;
using ConversationHooks.Tool.Commands;

namespace ConversationHooks.Tool
{
    /// <summary>
    /// <c>conversationhooks</c>: <c>send</c>, <c>sign</c>, <c>events</c> and <c>audit</c>. Every command exits
    /// <see cref="UsageError"/> on bad arguments; each documents its other exit codes in its help.
    /// </summary>
    public static class ToolCommand
    {
        /// <summary>Bad arguments, or no credentials where the command needs them.</summary>
        public const int UsageError = 2;

        /// <summary>The command's name, as the package installs it.</summary>
        public const string CommandName = "conversationhooks";

        /// <summary>Runs the command line <paramref name="args"/>; the environment, outputs and HTTP handler are given, so tests run it in-process.</summary>
        /// <returns>The exit code.</returns>
        public static async Task<int> RunAsync(
            string[] args, Func<string, string?> environment, TextWriter output, TextWriter error, HttpMessageHandler? handler = null, CancellationToken cancellationToken = default)
        {
            var tool = new ToolContext(args, environment, output, error, handler);
            var isAudit = args.FirstOrDefault() == AuditCommand.Name;
            if (EnvironmentCredentials.FindInArguments(args) is { } passed)
            {
                var message = $"{passed}: credentials are never taken from the command line (shell history and process lists keep it). Set TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and TWILIO_API_SECRET, in the environment.";
                return isAudit ? AuditCommand.Refuse(tool, [message]) : Refuse(tool, message);
            }

            // Named as installed (the usage line says "conversationhooks", not the assembly's name); help and version as a RootCommand has them.
            var root = new Command(CommandName, "ConversationHooks for Twilio Conversations webhooks: send a signed sample event to a receiver, sign a request, list the events, audit a live account.")
            {
                new HelpOption(), new VersionOption(),
                SendCommand.Create(tool), SignCommand.Create(tool), EventsCommand.Create(tool), AuditCommand.Create(tool),
            };
            var result = root.Parse(args);
            if (result.Errors.Count > 0)
            {
                var lines = result.Errors.Select(e => e.Message).Append("Run with --help for the usage.").ToArray();
                return isAudit ? AuditCommand.Refuse(tool, lines) : Refuse(tool, lines);
            }

            return await result.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Writes <paramref name="lines"/> on standard error; answers <see cref="UsageError"/>.</summary>
        internal static int Refuse(ToolContext tool, params string[] lines)
        {
            foreach (var line in lines)
            {
                tool.Error.WriteLine(ConsoleText.Printable(line, new EnvironmentCredentials(tool.Environment).Secrets));
            }

            return UsageError;
        }
    }
}
