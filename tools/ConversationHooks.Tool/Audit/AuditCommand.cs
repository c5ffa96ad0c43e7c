using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace ConversationHooks.Tool.Audit
{
    /// <summary>
    /// <c>conversationhooks audit</c>. Exit codes: <see cref="Clean"/>, <see cref="FindingsFound"/>,
    /// <see cref="UsageError"/> (bad arguments or credentials), <see cref="ApiError"/> (no usable answer: Twilio answered an
    /// error, or nothing in time, or something unreadable; what was found before is reported first).
    /// </summary>
    internal static class AuditCommand
    {
        public const string Name = "audit";
        public const int Clean = 0;
        public const int FindingsFound = 1;
        public const int UsageError = ToolCommand.UsageError;
        public const int ApiError = 3;

        private const string JsonOption = "--json";
        private static readonly TimeSpan s_defaultTimeout = TimeSpan.FromSeconds(30);

        /// <summary>The command, its options and action; what it prints goes to <paramref name="tool"/>'s writers.</summary>
        public static Command Create(ToolContext tool)
        {
            var services = new Option<string[]>("--service") { Description = "A Conversation Service (IS…) whose webhook configuration to audit; repeatable. Without it, every service of the account is audited.", AllowMultipleArgumentsPerToken = false };
            var conversations = new Option<string[]>("--conversation") { Description = "A conversation (CH…, or IS…/CH… in a service) whose webhooks to audit; repeatable." };
            var baseUrl = new Option<string?>("--base-url") { Description = "The API host (a test server, a proxy); default https://conversations.twilio.com, or the region and edge of TWILIO_REGION and TWILIO_EDGE." };
            var timeout = new Option<double?>("--timeout") { Description = $"How many seconds to wait for each answer; default {s_defaultTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)}." };
            var json = new Option<bool>(JsonOption) { Description = "Write the report as JSON to standard output (with an \"error\" member when the audit stopped early)." };
            var command = new Command(Name, "Audits the live Twilio Conversations webhook configuration (the account, every service or the given ones, and the given conversations) with the ConversationHooks analyzers' rules. Credentials come from TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and TWILIO_API_SECRET (or Twilio__AccountSid, Twilio__AuthToken, Twilio__ApiKeySid, Twilio__ApiKeySecret). Exit codes: 0 clean, 1 findings, 2 usage or credential error, 3 no usable answer from the API (findings made before are reported).")
            {
                services, conversations, baseUrl, timeout, json,
            };
            command.SetAction((parse, token) => AuditAsync(
                new Arguments(parse.GetValue(services) ?? Array.Empty<string>(), parse.GetValue(conversations) ?? Array.Empty<string>(), parse.GetValue(baseUrl), parse.GetValue(json)),
                parse.GetValue(timeout) is { } seconds ? TimeSpan.FromSeconds(seconds) : s_defaultTimeout,
                new EnvironmentCredentials(tool.Environment), ReportOf(tool), tool.Handler, token));
            return command;
        }

        /// <summary>Stops the audit before it starts: <paramref name="lines"/> on standard error, and as a JSON report with --json.</summary>
        public static int Refuse(ToolContext tool, IReadOnlyList<string> lines) => ReportOf(tool).Stop(UsageError, lines);

        private static Report ReportOf(ToolContext tool)
            => new(tool.Output, tool.Error, tool.Args.Contains(JsonOption), new EnvironmentCredentials(tool.Environment).Secrets);

        private static async Task<int> AuditAsync(
            Arguments arguments, TimeSpan timeout, EnvironmentCredentials environment, Report report, HttpMessageHandler? handler, CancellationToken cancellationToken)
        {
            if (!arguments.TryResolve(out var baseAddress, out var services, out var conversations, out var usage))
            {
                return report.Stop(UsageError, [usage]);
            }

            if (timeout <= TimeSpan.Zero)
            {
                return report.Stop(UsageError, ["--timeout must be a positive number of seconds."]);
            }

            var credentials = environment.Read(out var credentialError);
            var regional = environment.BaseAddress(out var regionError);
            if (credentials is null || regional is null)
            {
                return report.Stop(UsageError, [credentialError ?? regionError!]);
            }

            baseAddress ??= regional;
            if (baseAddress.Scheme == Uri.UriSchemeHttp && !baseAddress.IsLoopback)
            {
                report.Warn($"--base-url {baseAddress.Scheme}://{baseAddress.Authority} is plain http: the credentials (HTTP Basic) and the configuration cross the network in clear text. Use https.");
            }

            using var http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
            http.Timeout = timeout;
            var reading = new LiveReading();
            string? failure = null;
            try
            {
                await LiveConfiguration.ReadAsync(new TwilioApiConnection(http, credentials, baseAddress), services, conversations, reading, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                // Every failure to get a usable answer is a TwilioApiException; anything else is reported the same way.
                failure = e is TwilioApiException ? e.Message : $"The audit stopped: {e.GetType().Name}: {e.Message}";
            }

            var audit = new ConfigurationAudit(BuiltInSpec.BuiltIn);
            var findings = reading.Configurations.SelectMany(audit.Check).ToList();
            report.Write(reading.Configurations.Select(s => s.Resource).ToList(), reading.Services, findings, failure);
            return failure is not null ? report.Stop(ApiError, [failure], written: true)
                : findings.Count == 0 ? Clean
                : FindingsFound;
        }

        /// <summary>Where the audit writes: the report on standard output (text or JSON), errors and warnings on standard error, never a secret.</summary>
        private sealed class Report(TextWriter output, TextWriter error, bool json, IReadOnlyList<string> secrets)
        {
            public void Write(IReadOnlyList<string> audited, IReadOnlyList<ServiceRef> services, IReadOnlyList<Finding> findings, string? failure)
            {
                if (json)
                {
                    AuditReport.WriteJson(output, audited, services, findings, failure is null ? null : ConsoleText.Printable(failure, secrets));
                }
                else
                {
                    AuditReport.WriteText(output, audited, findings);
                }
            }

            public void Warn(string message) => error.WriteLine("warning: " + ConsoleText.Printable(message, secrets));

            /// <summary>
            /// Reports <paramref name="lines"/> on standard error (and, with --json, as a report of its own unless one was
            /// <paramref name="written"/>); answers <paramref name="exitCode"/>.
            /// </summary>
            public int Stop(int exitCode, IReadOnlyList<string> lines, bool written = false)
            {
                var shown = lines.Select(line => ConsoleText.Printable(line, secrets)).ToList();
                if (json && !written)
                {
                    AuditReport.WriteJson(output, Array.Empty<string>(), Array.Empty<ServiceRef>(), Array.Empty<Finding>(), string.Join(" ", shown));
                }

                foreach (var line in shown)
                {
                    error.WriteLine(line);
                }

                return exitCode;
            }
        }
    }
}
