using System.Linq;
using ConversationHooks.Spec;
using ConversationHooks.Spec.Model;
using ValueType = ConversationHooks.Spec.Model.ValueType;

namespace ConversationHooks.Generator.Emit
{
    /// <summary>
    /// Emits <c>WebhookEventReaders</c>: <c>cursor.Read(ref slot)</c> for the generated types events
    /// hold (SIDs, payload enums, <c>WebhookFilterValue</c>), beside the runtime's own readers. A SID
    /// that breaks a rule is a failure naming the rule; a wire value the spec does not know is kept.
    /// </summary>
    internal static class EventReaderEmitter
    {
        private const string Cursor = "this ref global::ConversationHooks.Internal.WebhookFormCursor cursor";

        public static GeneratedFile Emit(WebhookSpec spec, GeneratorOptions options)
            => GeneratedCode.File(EventNaming.ReadersTypeName, options, w =>
            {
                w.Summary("Reads the generated SID and enum types of webhook events; plumbing the generated events call.");
                w.Line(GeneratedCode.Attribute);
                w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
                w.Open($"{options.Accessibility} static class {EventNaming.ReadersTypeName}");
                var payload = spec.CommonParameters.Concat(spec.Filters.SelectMany(f => f.Parameters)).ToList();
                var sidKinds = payload.Where(v => v.Type == ValueType.Sid).Select(v => v.SidKind!).Distinct().ToList();
                foreach (var kind in sidKinds)
                {
                    EmitSid(w, Naming.SidTypeName(kind));
                    w.Line();
                }

                EmitWireValue(w, "WebhookFilter", keepsWireText: false);
                foreach (var (typeName, _) in PayloadEnumEmitter.Enums(spec))
                {
                    w.Line();
                    EmitWireValue(w, typeName, keepsWireText: true);
                }

                w.Close();
            });

        private static void EmitSid(SourceWriter w, string type)
        {
            w.Summary($"Reads a {type}; a value that is not one fails, saying which rule it breaks.");
            w.Open($"public static void Read({Cursor}, ref {type}? slot)");
            w.Open("if (!cursor.TryTake(slot.HasValue))");
            w.Line("return;");
            w.Close();
            w.Line();
            w.Line("var text = cursor.Value;");
            w.Line($"{type} sid;");
            w.Line("global::ConversationHooks.SidError error;");
            w.Open($"if ({type}.TryParse(text, out sid, out error))");
            w.Line("slot = sid;");
            w.Close();
            w.Open("else");
            w.Line($"cursor.Fail(global::ConversationHooks.SidFormat.Describe(error, text, {SourceWriter.Literal(type)}, {type}.Prefix));");
            w.Close();
            w.Close();
        }

        private static void EmitWireValue(SourceWriter w, string enumType, bool keepsWireText)
        {
            var value = Naming.ValueTypeName(enumType);
            var names = Naming.NamesTypeName(enumType);
            w.Summary(keepsWireText
                ? $"Reads a {value}: a known name in the spec's casing without allocating, in another casing or unknown kept as it is."
                : $"Reads a {value}: a known name without allocating, an unknown one kept as it is.");
            w.Open($"public static void Read({Cursor}, ref {value}? slot)");
            w.Open("if (!cursor.TryTake(slot.HasValue))");
            w.Line("return;");
            w.Close();
            w.Line();
            w.Line($"{enumType} known;");
            var exact = keepsWireText ? $" && global::System.MemoryExtensions.SequenceEqual(cursor.Text, global::System.MemoryExtensions.AsSpan({names}.GetWireName(known)))" : string.Empty;
            w.Line($"slot = {names}.TryParse(cursor.Text, out known){exact} ? new {value}(known) : {value}.FromWireName(cursor.Value);");
            w.Close();
        }
    }
}
