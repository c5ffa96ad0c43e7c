using ConversationHooks.Spec;
using ConversationHooks.Spec.Model;
using ValueType = ConversationHooks.Spec.Model.ValueType;

namespace ConversationHooks.Generator.Emit
{
    /// <summary>
    /// How one spec value (a form parameter or JSON field) maps to C#: its type, and how it is
    /// written to and read from the form and JSON wire formats. The request and response emitters
    /// both use it, so a value type is mapped in one place.
    /// </summary>
    internal sealed class ValueMapping
    {
        private const string Runtime = GeneratedCode.Internal;

        private readonly ValueSpec _value;
        private readonly ScopeSpec _scope;
        private readonly GeneratorOptions _options;

        public ValueMapping(ValueSpec value, ScopeSpec scope, GeneratorOptions options)
        {
            _value = value;
            _scope = scope;
            _options = options;
        }

        public string WireName => _value.Name;

        /// <summary>
        /// What the value means, then its wire name, as XML doc text: "The account that owns it.
        /// <c>account_sid</c> on the wire; null when not set."
        /// </summary>
        public string Documentation
        {
            get
            {
                var wire = $"<c>{SourceWriter.EscapeXml(WireName)}</c>";
                var notSet = CanBeNull ? "; null when not set" : string.Empty;
                var range = HasRange ? $"From {Minimum} to {Maximum}. " : string.Empty;
                return _value.Description is { } description
                    ? $"{SourceWriter.EscapeXml(description)} {range}{wire} on the wire{notSet}."
                    : $"{range}{wire}{notSet}.";
            }
        }

        public string Property => Naming.PropertyName(_value.Name);

        public string Parameter => GeneratedCode.CamelCaseIdentifier(Property);

        /// <summary>The name of a local variable holding the value while it is read.</summary>
        public string Local => "_" + Parameter.TrimStart('@');

        public bool IsRepeated => _value.Repeated;

        public bool IsRequired => _value.Required;

        public bool IsObject => _value.Type == ValueType.Object;

        /// <summary>True for an integer with an allowed range (<see cref="Minimum"/> to <see cref="Maximum"/>, inclusive).</summary>
        public bool HasRange => _value.Minimum is not null || _value.Maximum is not null;

        public int Minimum => _value.Minimum ?? int.MinValue;

        public int Maximum => _value.Maximum ?? int.MaxValue;

        /// <summary>
        /// <paramref name="expression"/> (of <see cref="PropertyType"/>) checked against the allowed range:
        /// an <see cref="System.ArgumentOutOfRangeException"/> naming <paramref name="parameter"/> outside it.
        /// </summary>
        public string CheckedRange(string expression, string parameter)
        {
            var check = $"{Runtime}ValueRange.Check({expression}, {Minimum}, {Maximum}, nameof({parameter}))";
            return IsRequired ? $"(int){check}" : check;
        }

        /// <summary>The C# type of one element; generated types fully qualified (a property may share a type's name).</summary>
        public string ElementType => _value.Type switch
        {
            ValueType.Int => "int",
            ValueType.Bool => "bool",
            ValueType.DateTime => "global::System.DateTimeOffset",
            ValueType.Sid => Generated(Naming.SidTypeName(_value.SidKind!)),
            ValueType.Filter => Generated(Naming.ValueTypeName("WebhookFilter")),
            ValueType.Method => Generated(Naming.ValueTypeName(Naming.MethodTypeName(_scope.Name))),
            ValueType.Target => Generated(Naming.ValueTypeName(Naming.TargetTypeName(_scope.Name))),
            ValueType.Object => Generated(_value.TypeName!),
            _ => "string",
        };

        private string Generated(string typeName) => $"global::{_options.Namespace}.{typeName}";

        private bool IsElementValueType => _value.Type is not (ValueType.String or ValueType.Uri or ValueType.Json or ValueType.Enum or ValueType.Object);

        /// <summary>The C# type of the property: a list when repeated, nullable unless required.</summary>
        public string PropertyType
        {
            get
            {
                if (IsRepeated)
                {
                    var list = $"global::System.Collections.Generic.IReadOnlyList<{ElementType}>";
                    return IsRequired ? list : _options.Nullable(list);
                }

                if (IsRequired)
                {
                    return ElementType;
                }

                return NullableElementType;
            }
        }

        /// <summary>One element that may be missing: <c>int?</c>, <c>string?</c>.</summary>
        public string NullableElementType => IsElementValueType ? ElementType + "?" : _options.Nullable(ElementType);

        /// <summary>The element in <paramref name="nullable"/>, an expression of <see cref="NullableElementType"/> known not to be null.</summary>
        public string ValueOf(string nullable) => IsElementValueType ? nullable + ".Value" : nullable;

        /// <summary>True when the property can hold null (so "not set").</summary>
        public bool CanBeNull => !IsRequired;

        /// <summary>The wire string of one element held in <paramref name="expression"/>.</summary>
        public string ToWire(string expression) => _value.Type switch
        {
            ValueType.Int or ValueType.Bool or ValueType.DateTime => $"{Runtime}FormValues.Format({expression})",
            ValueType.Sid or ValueType.Filter or ValueType.Method or ValueType.Target => expression + ".ToString()",
            _ => expression,
        };

        /// <summary>An element parsed from the wire string in <paramref name="expression"/>.</summary>
        public string FromWire(string expression) => _value.Type switch
        {
            ValueType.Int when HasRange => $"{Runtime}ValueRange.Parse({expression}, {SourceWriter.Literal(WireName)}, {Minimum}, {Maximum})",
            ValueType.Int => $"{Runtime}FormValues.ParseInt32({expression}, {SourceWriter.Literal(WireName)})",
            ValueType.Bool => $"{Runtime}FormValues.ParseBoolean({expression}, {SourceWriter.Literal(WireName)})",
            ValueType.DateTime => $"{Runtime}FormValues.ParseDateTimeOffset({expression}, {SourceWriter.Literal(WireName)})",
            ValueType.Sid => $"{ElementType}.Parse({expression})",
            ValueType.Filter or ValueType.Method or ValueType.Target => $"{ElementType}.FromWireName({expression})",
            _ => expression,
        };

        /// <summary>The expression that reads this field from <c>reader</c>, standing on its value.</summary>
        public string ReadJson()
        {
            var field = SourceWriter.Literal(WireName);
            if (IsObject)
            {
                return IsRepeated
                    ? $"{Runtime}JsonFields.ReadObjectArray<{ElementType}>(ref reader, {field}, {ElementType}.ReadJson)"
                    : $"{ElementType}.ReadJson(ref reader)";
            }

            // Filters, methods and targets are read straight from their UTF-8 bytes: a known name costs no string.
            var isWireEnum = _value.Type is ValueType.Filter or ValueType.Method or ValueType.Target;
            if (IsRepeated)
            {
                return isWireEnum
                    ? $"{Runtime}JsonFields.ReadWireArray(ref reader, {field}, s => {ElementType}.FromUtf8(s))"
                    : $"{Runtime}JsonFields.ReadArray(ref reader, {field}, s => {FromWire("s")})";
            }

            return _value.Type switch
            {
                ValueType.Int => $"{Runtime}JsonFields.ReadInt32(ref reader, {field})",
                ValueType.Bool => $"{Runtime}JsonFields.ReadBoolean(ref reader, {field})",
                ValueType.DateTime => $"{Runtime}JsonFields.ReadDateTimeOffset(ref reader, {field})",
                ValueType.Filter or ValueType.Method or ValueType.Target => $"{Runtime}JsonFields.ReadWireValue(ref reader, {field}, s => {ElementType}.FromUtf8(s))",
                ValueType.Sid => $"{Runtime}JsonFields.ReadValue(ref reader, {field}, s => {FromWire("s")})",
                _ => $"{Runtime}JsonFields.ReadString(ref reader, {field})",
            };
        }

        /// <summary>The statement that writes this field's property to <c>writer</c>.</summary>
        public string WriteJson()
        {
            var field = SourceWriter.Literal(WireName);
            if (IsObject && IsRepeated)
            {
                return $"{Runtime}JsonFields.WriteObjectArray(writer, {field}, {Property});";
            }

            if (IsObject)
            {
                return $"if ({Property} is null) writer.WriteNull({field}); else {{ writer.WritePropertyName({field}); {Property}.WriteJson(writer); }}";
            }

            if (IsRepeated)
            {
                return $"{Runtime}JsonFields.WriteArray(writer, {field}, {Property}, v => {ToWire("v")});";
            }

            return _value.Type switch
            {
                ValueType.Sid or ValueType.Filter or ValueType.Method or ValueType.Target => $"{Runtime}JsonFields.Write(writer, {field}, {Property}?.ToString());",
                _ => $"{Runtime}JsonFields.Write(writer, {field}, {Property});",
            };
        }
    }
}
