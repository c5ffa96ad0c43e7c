using ConversationHooks.Spec;
using ConversationHooks.Spec.Model;
using ValueType = ConversationHooks.Spec.Model.ValueType;

namespace ConversationHooks.Generator.Emit
{
    /// <summary>
    /// How one webhook payload parameter maps to C#: its property, the local slot it is read into
    /// (always nullable: "not seen yet"), and the argument that moves the slot into the event. Every
    /// slot is read with <c>cursor.Read(ref slot)</c>: the runtime reads text, numbers, dates, JSON
    /// and media; <c>WebhookEventReaders</c> reads the generated SID and enum types.
    /// </summary>
    internal sealed class EventValue
    {
        private const string Runtime = "global::ConversationHooks.";

        private readonly ValueSpec _value;
        private readonly GeneratorOptions _options;

        public EventValue(ValueSpec value, string ownerTypeName, GeneratorOptions options)
        {
            _value = value;
            _options = options;
            EnumTypeName = value.Type == ValueType.Enum ? EventNaming.EnumTypeName(value, ownerTypeName) : null;
        }

        public string WireName => _value.Name;

        public string Property => Naming.PropertyName(_value.Name);

        /// <summary>The constant naming this parameter in the event's lookup.</summary>
        public string Constant => Property;

        public string Local => GeneratedCode.CamelCaseIdentifier(Property);

        /// <summary>Whether the event cannot be built without it: only the parameters that identify the event (the spec's <c>required</c>).</summary>
        public bool IsRequired => _value.Required;

        /// <summary>The payload enum this value is, if any (its type name, without <c>Value</c>).</summary>
        public string? EnumTypeName { get; }

        /// <summary>The SID kind or generated enum whose reader <c>WebhookEventReaders</c> must have.</summary>
        public string? GeneratedElementType => _value.Type switch
        {
            ValueType.Sid => Naming.SidTypeName(_value.SidKind!),
            ValueType.Enum => Naming.ValueTypeName(EnumTypeName!),
            ValueType.Filter => Naming.ValueTypeName("WebhookFilter"),
            _ => null,
        };

        /// <summary>The type of one value, fully qualified (a builder's defaults name it inside a class whose properties have the same names).</summary>
        public string ElementType => _value.Type switch
        {
            ValueType.Int => "int",
            ValueType.Bool => "bool",
            ValueType.DateTime => "global::System.DateTimeOffset",
            ValueType.Json => Runtime + "JsonText",
            ValueType.Media => $"global::System.Collections.Generic.IReadOnlyList<{Runtime}MediaItem>",
            ValueType.Sid or ValueType.Enum or ValueType.Filter => $"global::{_options.Namespace}.{GeneratedElementType}",
            _ => "string",
        };

        private bool IsValueType => _value.Type is not (ValueType.String or ValueType.Uri or ValueType.Media) && !_value.Repeated;

        /// <summary>The property's type: nullable when the parameter may be absent.</summary>
        public string PropertyType
        {
            get
            {
                var type = _value.Repeated ? "global::System.Collections.Generic.IReadOnlyList<string>" : ElementType;
                return IsRequired ? type : Nullable(type);
            }
        }

        /// <summary>The property's type, nullable whether or not the parameter is required (a builder's property: null leaves it out).</summary>
        public string NullableType => Nullable(_value.Repeated ? "global::System.Collections.Generic.IReadOnlyList<string>" : ElementType);

        /// <summary>The spec's value of this parameter for sample events; null when samples leave it out (unless it is required).</summary>
        public string? Example => _value.Example;

        /// <summary>What the parameter is.</summary>
        public ValueSpec Spec => _value;

        /// <summary>The local the value is read into.</summary>
        public string SlotType => Nullable(_value.Repeated ? "global::System.Collections.Generic.List<string>" : ElementType);

        /// <summary>The slot, as the constructor argument: read only once every required slot is known to be set.</summary>
        public string Argument
        {
            get
            {
                if (!IsRequired)
                {
                    return Local;
                }

                return IsValueType ? Local + ".GetValueOrDefault()" : Local + (_options.NullableAnnotations ? "!" : string.Empty);
            }
        }

        /// <summary>True once the slot holds a value.</summary>
        public string IsSet => IsValueType ? Local + ".HasValue" : Local + " != null";

        public string Documentation
        {
            get
            {
                var wire = $"<c>{SourceWriter.EscapeXml(WireName)}</c>";
                var repeated = _value.Repeated ? ", one item per repeated key, in order" : string.Empty;
                var absent = IsRequired ? string.Empty : "; null when the request does not have it or its value could not be read (see <c>UnreadParameters</c>)";
                return _value.Description is { } description
                    ? $"{SourceWriter.EscapeXml(description)} {wire} on the wire{repeated}{absent}."
                    : $"{wire}{repeated}{absent}.";
            }
        }

        private string Nullable(string type) => IsValueType ? type + "?" : _options.Nullable(type);
    }
}
