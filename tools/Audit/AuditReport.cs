using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace ConversationHooks.Audit
{
    /// <summary>What the audit found, as lines for people or as JSON for machines (field names are a contract).</summary>
    internal static class AuditReport
    {
        public static void WriteText(TextWriter output, IReadOnlyList<string> audited, IReadOnlyList<Finding> findings)
        {
            foreach (var finding in findings)
            {
                output.WriteLine(finding.ToString());
            }

            output.WriteLine($"{findings.Count} finding{(findings.Count == 1 ? string.Empty : "s")} in {audited.Count} webhook configuration{(audited.Count == 1 ? string.Empty : "s")}.");
        }

        /// <summary><c>{"audited": ["account", ...], "findings": [{"id", "resource", "value", "message", "helpLink"}]}</c></summary>
        public static void WriteJson(TextWriter output, IReadOnlyList<string> audited, IReadOnlyList<Finding> findings)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                json.WriteStartObject();
                json.WriteStartArray("audited");
                foreach (var resource in audited)
                {
                    json.WriteStringValue(resource);
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
                json.WriteEndObject();
            }

            output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
        }
    }
}
