using System.Collections.Generic;
using System.Linq;
using ConversationHooks.Spec;
using ConversationHooks.Spec.Model;
using ValueType = ConversationHooks.Spec.Model.ValueType;

namespace ConversationHooks.Generator.Emit
{
    /// <summary>
    /// Emits the enums of event payloads (<c>DeliveryStatus</c>, <c>ConversationState</c>, ...): one per
    /// type name, shared by the events that list it, each with its forward-compatible <c>…Value</c> (an
    /// enum value Twilio adds later arrives as an unknown value, never a failure). Values are known in any
    /// ASCII casing and keep the text they came as: Twilio sends <c>sms</c> where its docs write <c>SMS</c>.
    /// </summary>
    internal static class PayloadEnumEmitter
    {
        public static GeneratedFile Emit(WebhookSpec spec, GeneratorOptions options)
            => GeneratedCode.File("WebhookEventEnums", options, w =>
            {
                var first = true;
                foreach (var (typeName, value) in Enums(spec))
                {
                    if (!first)
                    {
                        w.Line();
                    }

                    first = false;
                    var members = value.Values.Select(v => new WireMember(v, $"the \"{v}\" value.")).ToList();
                    WireEnumEmitter.Emit(w, new WireEnum(typeName, $"A <c>{SourceWriter.EscapeXml(value.Name)}</c> of a webhook event.", members, IgnoreAsciiCase: true, KeepsWireText: true), options);
                }
            });

        /// <summary>Each payload enum once, by type name, in spec order.</summary>
        public static IEnumerable<(string TypeName, ValueSpec Value)> Enums(WebhookSpec spec)
        {
            var owned = spec.CommonParameters.Select(v => (Owner: EventNaming.BaseTypeName, Value: v))
                .Concat(spec.Filters.SelectMany(f => f.Parameters.Select(v => (Owner: EventNaming.EventTypeName(f.Name), Value: v))));
            return owned
                .Where(o => o.Value.Type == ValueType.Enum)
                .Select(o => (TypeName: EventNaming.EnumTypeName(o.Value, o.Owner), o.Value))
                .GroupBy(e => e.TypeName)
                .Select(g => g.First());
        }
    }
}
