using System.Collections.Generic;
using System.Linq;
using System.Text;
using ConversationHooks.Spec;
using ConversationHooks.Spec.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace ConversationHooks.Generator.Emit
{
    /// <summary>
    /// One generated client method: an operation at one of its paths. Each <c>{Placeholder}</c> of the path
    /// becomes a parameter: <c>{ChatServiceSid}</c> a <c>ChatServiceSid</c> (a spec SID kind + "Sid"),
    /// <c>{Sid}</c> the SID type of the resource's own <c>sid</c> field, anything else a string.
    /// </summary>
    internal sealed class ClientCall
    {
        private ClientCall(OperationSpec operation, string path, ScopeSpec scope, List<PathParameter> parameters, string pathExpression)
        {
            Operation = operation;
            Path = path;
            Scope = scope;
            Parameters = parameters;
            PathExpression = pathExpression;
        }

        public OperationSpec Operation { get; }

        /// <summary>The path as the spec writes it, placeholders and all.</summary>
        public string Path { get; }

        public ScopeSpec Scope { get; }

        public IReadOnlyList<PathParameter> Parameters { get; }

        /// <summary>C# that builds the path: literals and escaped segments joined by '+'.</summary>
        public string PathExpression { get; }

        /// <summary><c>FetchConversationWebhookAsync</c>; a list answers many: <c>ListConversationWebhooksAsync</c>.</summary>
        public string MethodName => Naming.PropertyName(Operation.Name) + Scope.Response!.Name + (Operation.Answer == OperationAnswer.Page ? "s" : string.Empty) + "Async";

        /// <summary>The parameter types in order: two calls with the same name and types would not compile.</summary>
        public string Signature => MethodName + "(" + string.Join(",", Parameters.Select(p => p.Type)) + "," + Operation.Request + ")";

        /// <returns>Null when a placeholder cannot be a C# parameter name, or names one twice.</returns>
        public static ClientCall? Of(OperationSpec operation, string path, ScopeSpec scope, WebhookSpec spec, GeneratorOptions options)
        {
            var parameters = new List<PathParameter>();
            var parts = new List<string>();
            var literal = new StringBuilder();
            for (var i = 0; i < path.Length; i++)
            {
                var close = path[i] == '{' ? path.IndexOf('}', i) : -1;
                if (close < 0)
                {
                    literal.Append(path[i]);
                    continue;
                }

                var parameter = PathParameter.For(path.Substring(i + 1, close - i - 1), scope, spec, options);
                if (!SyntaxFacts.IsValidIdentifier(parameter.Name.TrimStart('@')) || parameters.Any(p => p.Name == parameter.Name))
                {
                    return null;
                }

                parameters.Add(parameter);
                AddLiteral(parts, literal);
                parts.Add(parameter.SegmentExpression);
                i = close;
            }

            AddLiteral(parts, literal);
            var expression = parts.Count == 0 ? "\"\"" : string.Join(" + ", parts);
            return new ClientCall(operation, path, scope, parameters, expression);
        }

        private static void AddLiteral(List<string> parts, StringBuilder literal)
        {
            if (literal.Length > 0)
            {
                parts.Add(SourceWriter.Literal(literal.ToString()));
                literal.Clear();
            }
        }
    }

    /// <summary>A placeholder of a path as a method parameter.</summary>
    internal sealed class PathParameter
    {
        private PathParameter(string placeholder, string name, string type, string? sidKind)
        {
            Placeholder = placeholder;
            Name = name;
            Type = type;
            SidKind = sidKind;
        }

        public string Placeholder { get; }

        public string Name { get; }

        public string Type { get; }

        public string? SidKind { get; }

        /// <summary>The escaped segment; an empty (default) SID or string is an ArgumentException.</summary>
        public string SegmentExpression
            => $"{GeneratedCode.Internal}ApiPaths.Segment({(SidKind is null ? Name : Name + ".Value")}, nameof({Name}))";

        public string Documentation
            => SidKind is null
                ? $"The <c>{{{SourceWriter.EscapeXml(Placeholder)}}}</c> of the path."
                : $"The {SidKind} SID in the path (<c>{{{SourceWriter.EscapeXml(Placeholder)}}}</c>).";

        public static PathParameter For(string placeholder, ScopeSpec scope, WebhookSpec spec, GeneratorOptions options)
        {
            var kind = placeholder == "Sid"
                ? scope.Response?.Fields.FirstOrDefault(f => f.Name == "sid")?.SidKind
                : spec.SidKinds.FirstOrDefault(k => Naming.SidTypeName(k.Name) == placeholder)?.Name;
            if (kind is null)
            {
                return new PathParameter(placeholder, CamelCase(Naming.PropertyName(placeholder)), "string", null);
            }

            var type = Naming.SidTypeName(kind);
            return new PathParameter(placeholder, CamelCase(type), $"global::{options.Namespace}.{type}", kind);
        }

        private static string CamelCase(string name)
        {
            var camel = name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);
            return SyntaxFacts.GetKeywordKind(camel) == SyntaxKind.None ? camel : "@" + camel;
        }
    }
}
