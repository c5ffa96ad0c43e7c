using System.Linq;
using ConversationHooks.Spec.Model;

namespace ConversationHooks.Generator.Emit
{
    /// <summary>
    /// Emits a request type: its properties, and the form it sends in Twilio's wire format (only the
    /// parameters that are set, lists as repeated keys, in spec order), plus the way back from a form.
    /// </summary>
    internal static class RequestEmitter
    {
        public static GeneratedFile Emit(RequestSpec request, ScopeSpec scope, GeneratorOptions options)
            => GeneratedCode.File(request.Name, options, w =>
            {
                var values = request.Parameters.Select(p => new ValueMapping(p, scope, options)).ToList();
                RecordEmitter.Emit(w, options, request.Name, EndpointDocs.RequestSummary(request, scope), "global::ConversationHooks.IFormContent", values, m =>
                {
                    m.Summary("Adds every parameter that is set to <paramref name=\"writer\"/>, in wire order.");
                    m.Open("public void WriteForm(ref global::ConversationHooks.FormWriter writer)");
                    foreach (var value in values)
                    {
                        var wire = SourceWriter.Literal(value.WireName);
                        if (value.IsRepeated)
                        {
                            // An indexed loop: foreach over IReadOnlyList<T> would box its enumerator.
                            m.Open($"if ({value.Property} != null)");
                            m.Line($"for (var i = 0; i < {value.Property}.Count; i++) writer.Add({wire}, {value.ToWire(value.Property + "[i]")});");
                            m.Close();
                        }
                        else if (value.CanBeNull)
                        {
                            m.Line($"if ({value.Property} != null) writer.Add({wire}, {value.ToWire(value.ValueOf(value.Property))});");
                        }
                        else
                        {
                            m.Line($"writer.Add({wire}, {value.ToWire(value.Property)});");
                        }
                    }

                    m.Close();
                    m.Line();
                    if (EndpointDocs.IsQuery(request, scope))
                    {
                        m.Summary("The query string (without the <c>?</c>): only the parameters that are set, encoded as the Twilio SDK encodes them.");
                        m.Line("public string ToQueryString() => global::ConversationHooks.FormWriter.ToFormBody(this);");
                    }
                    else
                    {
                        m.Summary("The form body (<c>application/x-www-form-urlencoded</c>), encoded as the Twilio SDK encodes it.");
                        m.Line("public string ToFormBody() => global::ConversationHooks.FormWriter.ToFormBody(this);");
                    }

                    m.Line();
                    m.Summary("Writes the form body into <paramref name=\"destination\"/> without allocating; false when it does not fit.");
                    m.Line("public bool TryWriteFormBody(global::System.Span<char> destination, out int charsWritten) => global::ConversationHooks.FormWriter.TryWriteFormBody(this, destination, out charsWritten);");
                    m.Line();
                    m.Summary("The raw (unencoded) parameters in wire order, one pair per list item.");
                    m.Line("public global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.KeyValuePair<string, string>> ToFormParameters() => global::ConversationHooks.FormWriter.ToParameters(this);");
                    m.Line();
                    EmitFromForm(m, request, values, options);
                });
            });

        private static void EmitFromForm(SourceWriter w, RequestSpec request, System.Collections.Generic.List<ValueMapping> values, GeneratorOptions options)
        {
            var type = $"nameof({request.Name})";
            w.Summary($"Reads a {request.Name} from a form body, keeping unknown filter, method and target names.");
            w.Line("/// <exception cref=\"global::System.FormatException\">A malformed body, an unknown, repeated or missing parameter, or a malformed value.</exception>");
            w.Open($"public static {request.Name} FromForm(string body)");
            foreach (var value in values)
            {
                w.Line(value.IsRepeated
                    ? $"{options.Nullable($"global::System.Collections.Generic.List<{value.ElementType}>")} {value.Local} = null;"
                    : $"{value.NullableElementType} {value.Local} = null;");
            }

            w.Open("foreach (var pair in global::ConversationHooks.FormReader.Parse(body))");
            w.Open("switch (pair.Key)");
            foreach (var value in values)
            {
                w.Line($"case {SourceWriter.Literal(value.WireName)}:");
                if (value.IsRepeated)
                {
                    w.Line($"    ({value.Local} ?? ({value.Local} = new global::System.Collections.Generic.List<{value.ElementType}>())).Add({value.FromWire("pair.Value")});");
                }
                else
                {
                    w.Line($"    if ({value.Local} != null) throw {GeneratedCode.Internal}FormValues.Duplicate(pair.Key, {type});");
                    w.Line($"    {value.Local} = {value.FromWire("pair.Value")};");
                }

                w.Line("    break;");
            }

            w.Line($"default: throw {GeneratedCode.Internal}FormValues.Unknown(pair.Key, {type});");
            w.Close();
            w.Close();
            w.Line();
            var arguments = values.Select(v =>
            {
                if (!v.IsRequired)
                {
                    return $"{v.Parameter}: {v.Local}";
                }

                var present = v.IsRepeated ? v.Local : v.ValueOf(v.Local);
                return $"{v.Parameter}: {v.Local} != null ? {present} : throw {GeneratedCode.Internal}FormValues.Missing({SourceWriter.Literal(v.WireName)}, {type})";
            });
            w.Line($"return new {request.Name}({string.Join(", ", arguments)});");
            w.Close();
        }
    }
}
