using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace ConversationHooks.Audit
{
    /// <summary>
    /// The command line of <c>conversationhooks-audit</c>. Exit codes: <see cref="Clean"/>, <see cref="FindingsFound"/>,
    /// <see cref="UsageError"/> (bad arguments or credentials), <see cref="ApiError"/> (Twilio answered an error or not at all).
    /// </summary>
    internal static class AuditCommand
    {
        public const int Clean = 0;
        public const int FindingsFound = 1;
        public const int UsageError = 2;
        public const int ApiError = 3;

        /// <summary>Runs the audit: the environment, output and HTTP handler are given, so tests run it in-process.</summary>
        public static async Task<int> RunAsync(
            string[] args, Func<string, string?> environment, TextWriter output, TextWriter error, HttpMessageHandler? handler = null, CancellationToken cancellationToken = default)
        {
            if (EnvironmentCredentials.FindInArguments(args) is { } passed)
            {
                error.WriteLine($"{passed}: credentials are never taken from the command line (shell history and process lists keep it). Set TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and TWILIO_API_SECRET, in the environment.");
                return UsageError;
            }

            var services = new Option<string[]>("--service") { Description = "A Conversation Service (IS…) whose webhook configuration to audit; repeatable.", AllowMultipleArgumentsPerToken = false };
            var conversations = new Option<string[]>("--conversation") { Description = "A conversation (CH…, or IS…/CH… in a service) whose webhooks to audit; repeatable." };
            var baseUrl = new Option<string?>("--base-url") { Description = "The API host (another region or edge, a test server); default https://conversations.twilio.com." };
            var json = new Option<bool>("--json") { Description = "Write the report as JSON to standard output." };
            var root = new RootCommand("Audits the live Twilio Conversations webhook configuration (the account, the given services and conversations) with the ConversationHooks analyzers' rules. Credentials come from TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and TWILIO_API_SECRET. Exit codes: 0 clean, 1 findings, 2 usage or credential error, 3 API error.")
            {
                services, conversations, baseUrl, json,
            };
            root.SetAction((parse, token) => AuditAsync(
                new Arguments(parse.GetValue(services) ?? Array.Empty<string>(), parse.GetValue(conversations) ?? Array.Empty<string>(), parse.GetValue(baseUrl), parse.GetValue(json)),
                environment, output, error, handler, token));

            var result = root.Parse(args);
            if (result.Errors.Count > 0)
            {
                foreach (var parseError in result.Errors)
                {
                    error.WriteLine(parseError.Message);
                }

                error.WriteLine("Run with --help for the usage.");
                return UsageError;
            }

            return await result.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken).ConfigureAwait(false);
        }

        private static async Task<int> AuditAsync(Arguments arguments, Func<string, string?> environment, TextWriter output, TextWriter error, HttpMessageHandler? handler, CancellationToken cancellationToken)
        {
            if (!arguments.TryResolve(out var baseAddress, out var services, out var conversations, out var usage))
            {
                error.WriteLine(usage);
                return UsageError;
            }

            var credentials = EnvironmentCredentials.Read(environment, out var credentialError);
            if (credentials is null)
            {
                error.WriteLine(credentialError);
                return UsageError;
            }

            using var http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
            var client = new WebhookConfigurationClient(new TwilioApiConnection(http, credentials, baseAddress));
            List<WebhookSettings> live;
            try
            {
                live = await LiveConfiguration.ReadAsync(client, services, conversations, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is TwilioApiException || e is HttpRequestException)
            {
                error.WriteLine(e.Message);
                return ApiError;
            }

            var audit = new ConfigurationAudit(AuditSpec.BuiltIn);
            var findings = live.SelectMany(audit.Check).ToList();
            var audited = live.Select(s => s.Resource).ToList();
            if (arguments.Json)
            {
                AuditReport.WriteJson(output, audited, findings);
            }
            else
            {
                AuditReport.WriteText(output, audited, findings);
            }

            return findings.Count == 0 ? Clean : FindingsFound;
        }
    }
}
