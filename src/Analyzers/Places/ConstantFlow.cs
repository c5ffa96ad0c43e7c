using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ConversationHooks.Analyzers.Places
{
    /// <summary>
    /// Follows a value that reaches a checked place back to its constant strings: through
    /// conversions, <c>??</c>, arrays, collection initializers, collection constructors, collection
    /// expressions, LINQ's element-keeping operators (<c>ToList</c>, <c>Concat</c>, ...) and
    /// <c>List&lt;T&gt;.ToArray</c>, and the
    /// variables <see cref="VariableValues"/> can prove (locals, readonly fields). Anything not
    /// constant yields nothing.
    /// </summary>
    internal static class ConstantFlow
    {
        private const int MaxDepth = 8;

        /// <summary>The <see cref="System.Linq.Enumerable"/> methods whose result holds every element of their arguments, and only those.</summary>
        private static readonly HashSet<string> ElementKeepingOperators = new(System.StringComparer.Ordinal)
        {
            "ToList", "ToArray", "AsEnumerable", "Concat", "Append", "Prepend",
        };

        public static IEnumerable<PlaceValue> Values(IOperation? operation, CancellationToken cancellationToken)
        {
            var values = new List<PlaceValue>();
            Collect(operation, values, 0, cancellationToken);
            return values;
        }

        private static void Collect(IOperation? operation, List<PlaceValue> values, int depth, CancellationToken cancellationToken)
        {
            if (operation is null || depth > MaxDepth)
            {
                return;
            }

            cancellationToken.ThrowIfCancellationRequested();
            operation = Unwrap(operation);
            if (operation.ConstantValue.HasValue)
            {
                if (operation.ConstantValue.Value is string text)
                {
                    var isLiteral = operation.Syntax is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression);
                    values.Add(new PlaceValue(text, operation.Syntax, isLiteral));
                }

                return;
            }

            switch (operation)
            {
                case ILocalReferenceOperation local:
                    CollectAll(VariableValues.OfLocal(local, cancellationToken), values, depth, cancellationToken);
                    break;
                case IFieldReferenceOperation field:
                    CollectAll(VariableValues.OfReadOnlyField(field, cancellationToken), values, depth, cancellationToken);
                    break;
                case ICoalesceOperation coalesce:
                    // Environment.GetEnvironmentVariable("TWILIO_AUTH_TOKEN") ?? "5d15…": the fallback is in source.
                    // An empty or blank fallback (?? "") only stands for "not configured": nobody meant it as a value.
                    Collect(coalesce.Value, values, depth + 1, cancellationToken);
                    if (!IsBlank(coalesce.WhenNull))
                    {
                        Collect(coalesce.WhenNull, values, depth + 1, cancellationToken);
                    }

                    break;
                case IArrayCreationOperation array when array.Initializer is not null:
                    CollectAll(array.Initializer.ElementValues, values, depth, cancellationToken);
                    break;
                case IObjectCreationOperation { Initializer: { } initializer } creation when IsCollectionInitializer(initializer):
                    // new List<string> { ... } (only an IEnumerable takes a collection initializer), and
                    // new List<string>(new[] { ... }) { ... }
                    CollectArguments(creation.Arguments, values, depth, cancellationToken);
                    foreach (var element in initializer.Initializers)
                    {
                        if (element is IInvocationOperation add)
                        {
                            CollectArguments(add.Arguments, values, depth, cancellationToken);
                        }
                    }

                    break;
                case IObjectCreationOperation creation when IsCollection(creation.Type):
                    // new List<string>(new[] { ... })
                    CollectArguments(creation.Arguments, values, depth, cancellationToken);
                    break;
                case IInvocationOperation invocation when IsElementKeeping(invocation.TargetMethod):
                    // new[] { "onMessageAdded" }.ToList(): the source is the first argument of the extension method.
                    CollectAll(invocation.Arguments.Select(a => a.Value), values, depth, cancellationToken);
                    break;
                case IInvocationOperation { TargetMethod: { Name: "ToArray", ContainingType: { } type }, Instance: { } list } when IsGenericList(type):
                    Collect(list, values, depth + 1, cancellationToken);
                    break;
                default:
                    // Collection expressions ([ ... ]) have no IOperation interface in Roslyn 4.8, the
                    // oldest host supported; newer hosts expose their elements as child operations.
                    if (operation.Syntax is CollectionExpressionSyntax)
                    {
                        CollectAll(operation.ChildOperations, values, depth, cancellationToken);
                    }

                    break;
            }
        }

        private static void CollectAll(IEnumerable<IOperation> operations, List<PlaceValue> values, int depth, CancellationToken cancellationToken)
        {
            foreach (var operation in operations)
            {
                Collect(operation, values, depth + 1, cancellationToken);
            }
        }

        private static void CollectArguments(ImmutableArray<IArgumentOperation> arguments, List<PlaceValue> values, int depth, CancellationToken cancellationToken)
        {
            foreach (var argument in arguments)
            {
                Collect(argument.Value, values, depth + 1, cancellationToken);
            }
        }

        private static bool IsCollectionInitializer(IObjectOrCollectionInitializerOperation initializer)
        {
            foreach (var element in initializer.Initializers)
            {
                if (element is IInvocationOperation)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The operand under conversions and parentheses.</summary>
        internal static IOperation Unwrap(IOperation operation)
        {
            while (true)
            {
                switch (operation)
                {
                    case IConversionOperation conversion:
                        operation = conversion.Operand;
                        continue;
                    case IParenthesizedOperation parenthesized:
                        operation = parenthesized.Operand;
                        continue;
                    default:
                        return operation;
                }
            }
        }

        private static bool IsBlank(IOperation operation)
            => Unwrap(operation).ConstantValue is { HasValue: true, Value: string text } && string.IsNullOrWhiteSpace(text);

        internal static bool IsCollection(ITypeSymbol? type)
            => type is not null && type.SpecialType != SpecialType.System_String
               && type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable);

        private static bool IsGenericList(INamedTypeSymbol type)
            => type is { Name: "List", Arity: 1, ContainingNamespace: { Name: "Generic", ContainingNamespace: { Name: "Collections", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } };

        private static bool IsElementKeeping(IMethodSymbol method)
            => ElementKeepingOperators.Contains(method.Name)
               && method.ContainingType is { Name: "Enumerable", ContainingNamespace: { Name: "Linq", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };
    }
}
