using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using ConversationHooks.Spec.Model;

namespace ConversationHooks.Tool.Commands
{
    /// <summary><c>conversationhooks events [--json]</c>: the spec's events, their phase, resource, parameters and what a pre-action answer may change.</summary>
    internal static class EventsCommand
    {
        public static Command Create(ToolContext tool)
        {
            var json = new Option<bool>("--json") { Description = "Write the list as JSON: [{\"event\", \"phase\", \"resource\", \"answerFields\", \"parameters\": [{\"name\", \"type\", \"required\", \"repeated\"}]}]." };
            var command = new Command("events", "Lists the events 'send' can send: filter, phase (pre-action: the answer decides; post-action: a notification), resource, parameters (* identifies the event) and the fields a pre-action answer may change. Exit code 0.")
            {
                json,
            };
            command.SetAction(parse =>
            {
                if (parse.GetValue(json))
                {
                    WriteJson(tool.Output);
                }
                else
                {
                    WriteText(tool.Output);
                }

                return 0;
            });
            return command;
        }

        private static void WriteText(TextWriter output)
        {
            var spec = BuiltInSpec.BuiltIn;
            foreach (var filter in spec.Filters)
            {
                var phase = filter.Phase == FilterPhase.Pre ? "pre-action" : "post-action";
                var answer = filter.Answer.Count > 0 ? $"; the answer may change {string.Join(", ", filter.Answer.Select(a => a.Name))}" : string.Empty;
                output.WriteLine($"{filter.Name} ({phase}, {filter.Resource}){answer}");
                output.WriteLine("  " + string.Join(" ", spec.CommonParameters.Concat(filter.Parameters).Select(p => p.Required ? p.Name + "*" : p.Name)));
            }
        }

        private static void WriteJson(TextWriter output)
        {
            var spec = BuiltInSpec.BuiltIn;
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                writer.WriteStartArray();
                foreach (var filter in spec.Filters)
                {
                    writer.WriteStartObject();
                    writer.WriteString("event", filter.Name);
                    writer.WriteString("phase", filter.Phase == FilterPhase.Pre ? "pre" : "post");
                    writer.WriteString("resource", filter.Resource);
                    writer.WriteStartArray("answerFields");
                    foreach (var field in filter.Answer)
                    {
                        writer.WriteStringValue(field.Name);
                    }

                    writer.WriteEndArray();
                    writer.WriteStartArray("parameters");
                    foreach (var parameter in spec.CommonParameters.Concat(filter.Parameters))
                    {
                        writer.WriteStartObject();
                        writer.WriteString("name", parameter.Name);
                        writer.WriteString("type", TypeName(parameter));
                        writer.WriteBoolean("required", parameter.Required);
                        writer.WriteBoolean("repeated", parameter.Repeated);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        }

        /// <summary>The spec's type name (<c>sid</c> with its kind: <c>sid:Conversation</c>).</summary>
        private static string TypeName(ValueSpec parameter)
        {
            var type = parameter.Type.ToString().ToLowerInvariant();
            return parameter.SidKind is { } kind ? $"{type}:{kind}" : type;
        }
    }
}
