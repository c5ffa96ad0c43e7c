using System;
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
    /// What a variable provably holds where it is used, as the operations that gave it its values;
    /// nothing when that cannot be proved from the code at hand. Only asked for a variable that
    /// reaches a checked place, so the walks below run rarely.
    /// </summary>
    internal static class VariableValues
    {
        private static readonly IOperation[] None = Array.Empty<IOperation>();

        /// <summary>
        /// A local assigned only by its initializer. For a collection, also what <c>Add</c> and
        /// <c>AddRange</c> put in it before this use; nothing at all when, before this use, it is
        /// touched in any other way (passed to other code, cleared, ...), since its content is then unknown.
        /// </summary>
        public static IReadOnlyList<IOperation> OfLocal(ILocalReferenceOperation use, CancellationToken cancellationToken)
        {
            var local = use.Local;
            if (local.IsConst || local.IsRef || use.SemanticModel is not { } model
                || local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer: { } initializer })
            {
                return None;
            }

            var values = new List<IOperation>();
            var isCollection = ConstantFlow.IsCollection(local.Type);
            foreach (var operation in RootOf(use).Descendants())
            {
                if (IsWrite(operation, target => target is ILocalReferenceOperation written && SymbolEqualityComparer.Default.Equals(written.Local, local)))
                {
                    return None;
                }

                if (!isCollection || operation is not ILocalReferenceOperation other
                    || !SymbolEqualityComparer.Default.Equals(other.Local, local)
                    || other.Syntax.SpanStart >= use.Syntax.SpanStart)
                {
                    continue;
                }

                if (other.Parent is not IInvocationOperation { TargetMethod.Name: "Add" or "AddRange" } add || add.Instance != other)
                {
                    return None;
                }

                values.AddRange(add.Arguments.Select(a => a.Value));
            }

            if (model.GetOperation(initializer.Value, cancellationToken) is { } initial)
            {
                values.Insert(0, initial);
            }

            return values;
        }

        /// <summary>
        /// A <c>readonly</c> field (static or not) written exactly once: by its initializer, or by one
        /// assignment in a constructor. Its declaration and every part of its type must be in the file
        /// at hand, so that no constructor is out of sight.
        /// </summary>
        public static IReadOnlyList<IOperation> OfReadOnlyField(IFieldReferenceOperation use, CancellationToken cancellationToken)
        {
            var field = use.Field.OriginalDefinition;
            if (!field.IsReadOnly || field.IsConst || use.SemanticModel is not { } model
                || field.DeclaringSyntaxReferences.Length != 1
                || field.ContainingType.DeclaringSyntaxReferences.Any(r => r.SyntaxTree != model.SyntaxTree)
                || field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax declarator)
            {
                return None;
            }

            var writes = new List<IOperation?>();
            if (declarator.Initializer is { } initializer)
            {
                writes.Add(model.GetOperation(initializer.Value, cancellationToken));
            }

            foreach (var constructor in ConstructorsOf(field, cancellationToken))
            {
                foreach (var operation in model.GetOperation(constructor, cancellationToken)?.Descendants() ?? Enumerable.Empty<IOperation>())
                {
                    if (!IsWrite(operation, target => target is IFieldReferenceOperation written && SymbolEqualityComparer.Default.Equals(written.Field.OriginalDefinition, field)))
                    {
                        continue;
                    }

                    if (operation is not ISimpleAssignmentOperation assignment)
                    {
                        return None; // +=, ??=, ref/out, deconstruction: not one known value
                    }

                    writes.Add(assignment.Value);
                }
            }

            return writes.Count == 1 && writes[0] is { } value ? new[] { value } : None;
        }

        private static IEnumerable<ConstructorDeclarationSyntax> ConstructorsOf(IFieldSymbol field, CancellationToken cancellationToken)
            => field.ContainingType.DeclaringSyntaxReferences
                .Select(r => r.GetSyntax(cancellationToken))
                .OfType<TypeDeclarationSyntax>()
                .SelectMany(type => type.Members.OfType<ConstructorDeclarationSyntax>())
                .Where(constructor => constructor.Modifiers.Any(SyntaxKind.StaticKeyword) == field.IsStatic);

        private static IOperation RootOf(IOperation operation)
        {
            while (operation.Parent is not null)
            {
                operation = operation.Parent;
            }

            return operation;
        }

        /// <summary>An assignment of any kind, increment, deconstruction or ref/out argument whose target <paramref name="isVariable"/> accepts.</summary>
        private static bool IsWrite(IOperation operation, Func<IOperation, bool> isVariable)
        {
            var target = operation switch
            {
                IDeconstructionAssignmentOperation deconstruction => deconstruction.Target.Descendants().FirstOrDefault(isVariable),
                IAssignmentOperation assignment => assignment.Target,
                IIncrementOrDecrementOperation increment => increment.Target,
                IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument => argument.Value,
                _ => null,
            };

            return target is not null && isVariable(target);
        }
    }
}
