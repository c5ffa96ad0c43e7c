using System.Collections.Generic;
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
    /// conversions, arrays, collection initializers, collection constructors, collection
    /// expressions, and locals assigned only by their initializer. Anything not constant yields nothing.
    /// </summary>
    internal static class ConstantFlow
    {
        private const int MaxDepth = 8;

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
                    Collect(SingleInitializer(local, cancellationToken), values, depth + 1, cancellationToken);
                    break;
                case IArrayCreationOperation array when array.Initializer is not null:
                    foreach (var element in array.Initializer.ElementValues)
                    {
                        Collect(element, values, depth + 1, cancellationToken);
                    }

                    break;
                case IObjectCreationOperation creation when IsCollection(creation.Type):
                    // new List<string>(new[] { ... }) and new List<string> { ... }
                    foreach (var argument in creation.Arguments)
                    {
                        Collect(argument.Value, values, depth + 1, cancellationToken);
                    }

                    foreach (var add in creation.Initializer?.Initializers.OfType<IInvocationOperation>() ?? Enumerable.Empty<IInvocationOperation>())
                    {
                        foreach (var argument in add.Arguments)
                        {
                            Collect(argument.Value, values, depth + 1, cancellationToken);
                        }
                    }

                    break;
                default:
                    // Collection expressions ([ ... ]) have no IOperation interface in Roslyn 4.8, the
                    // oldest host supported; newer hosts expose their elements as child operations.
                    if (operation.Syntax is CollectionExpressionSyntax)
                    {
                        foreach (var child in operation.ChildOperations)
                        {
                            Collect(child, values, depth + 1, cancellationToken);
                        }
                    }

                    break;
            }
        }

        private static IOperation Unwrap(IOperation operation)
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

        private static bool IsCollection(ITypeSymbol? type)
            => type is not null && type.SpecialType != SpecialType.System_String
               && type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable);

        /// <summary>The initializer of a local that is never assigned anywhere else; else null.</summary>
        private static IOperation? SingleInitializer(ILocalReferenceOperation reference, CancellationToken cancellationToken)
        {
            var local = reference.Local;
            if (local.IsConst || local.IsRef || reference.SemanticModel is null
                || local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer: { } initializer })
            {
                return null;
            }

            var root = reference;
            IOperation body = root;
            while (body.Parent is not null)
            {
                body = body.Parent;
            }

            foreach (var descendant in body.Descendants())
            {
                if (IsWriteTo(descendant, local))
                {
                    return null;
                }
            }

            return reference.SemanticModel.GetOperation(initializer.Value, cancellationToken);
        }

        private static bool IsWriteTo(IOperation operation, ILocalSymbol local)
        {
            var target = operation switch
            {
                IAssignmentOperation assignment => assignment.Target,
                IIncrementOrDecrementOperation increment => increment.Target,
                IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument => argument.Value,
                _ => null,
            };

            return target is ILocalReferenceOperation written && SymbolEqualityComparer.Default.Equals(written.Local, local)
                   || (operation is IDeconstructionAssignmentOperation deconstruction && deconstruction.Target.Descendants().OfType<ILocalReferenceOperation>().Any(l => SymbolEqualityComparer.Default.Equals(l.Local, local)));
        }
    }
}
