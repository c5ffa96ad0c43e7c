using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ConversationHooks.Tool.Audit
{
    /// <summary>
    /// What the audit found, as lines for people or as JSON for machines (field names are a contract). Both are
    /// written whether or not every configuration could be read: what was found before a failure is reported.
    /// </summary>
    internal static class AuditReport
    {
        /// <summary>One line per finding, then the count and the configurations read; live values escaped (<see cref="ConsoleText"/>).</summary>
        public static void WriteText(TextWriter output, IReadOnlyList<string> audited, IReadOnlyList<Finding> findings)
        {
            foreach (var finding in findings)
            {
                output.WriteLine(ConsoleText.Printable(finding.ToString()));
            }

            output.WriteLine($"{findings.Count} finding{(findings.Count == 1 ? string.Empty : "s")} in {audited.Count} webhook configuration{(audited.Count == 1 ? string.Empty : "s")}:");
            foreach (var resource in audited)
            {
                output.WriteLine("  " + ConsoleText.Printable(resource));
            }
        }

        /// <summary>
        /// <c>{"audited": ["account", ...], "services": [{"sid", "friendlyName"}], "findings": [{"id", "resource", "value", "message", "helpLink"}]}</c>
        /// (<c>friendlyName</c> null for a service named on the command line, or one without a name), and
        /// <c>"error"</c> when the audit stopped before the end (<paramref name="error"/>): then the arrays hold what was read before.
        /// Strings are escaped only where JSON must (quotes, backslashes, control characters): an apostrophe stays one.
        /// </summary>
        public static void WriteJson(TextWriter output, IReadOnlyList<string> audited, IReadOnlyList<ServiceRef> services, IReadOnlyList<Finding> findings, string? error = null)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteStartArray("audited");
                foreach (var resource in audited)
                {
                    json.WriteStringValue(resource);
                }

                json.WriteEndArray();
                json.WriteStartArray("services");
                foreach (var service in services)
                {
                    json.WriteStartObject();
                    json.WriteString("sid", service.Sid.Value);
                    json.WriteString("friendlyName", service.FriendlyName);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("findings");
                foreach (var finding in findings)
                {
                    json.WriteStartObject();
                    json.WriteString("id", finding.Id);
                    json.WriteString("resource", finding.Resource);
                    json.WriteString("value", finding.Value);
                    json.WriteString("message", finding.Message);
                    json.WriteString("helpLink", finding.HelpLink);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                if (error is not null)
                {
                    json.WriteString("error", error);
                }

                json.WriteEndObject();
            }

            output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
        }
    }
}
