using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ConversationHooks.Analyzers.Places
{
    /// <summary>
    /// The shape every ConversationHooks analyzer shares: resolve the checked places once per
    /// compilation (nothing is registered when there are none), then, for each argument, assignment
    /// or <c>Add</c>/<c>AddRange</c> call that reaches a place of a kind this analyzer handles, check
    /// every constant string that flows there. Non-constant values are never reported.
    /// </summary>
    public abstract class PlaceAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public sealed override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var places = CheckedPlaces.For(start.Compilation, start.Options, start.CancellationToken);
                if (places is null || !Enum.GetValues(typeof(PlaceKind)).Cast<PlaceKind>().Any(k => Handles(k) && places.Has(k)))
                {
                    return;
                }

                start.RegisterOperationAction(c => OnArgument(c, places), OperationKind.Argument);
                start.RegisterOperationAction(c => OnAssignment(c, places), OperationKind.SimpleAssignment);
                start.RegisterOperationAction(c => OnInvocation(c, places), OperationKind.Invocation);
            });
        }

        internal abstract bool Handles(PlaceKind kind);

        internal abstract void Check(PlaceValue value, CheckedPlace place, CheckedPlaces places, OperationAnalysisContext context);

        private void OnArgument(OperationAnalysisContext context, CheckedPlaces places)
        {
            var argument = (IArgumentOperation)context.Operation;
            CheckValues(argument.Value, places.Find(argument.Parameter), places, context);
        }

        private void OnAssignment(OperationAnalysisContext context, CheckedPlaces places)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            CheckValues(assignment.Value, places.Find(MemberOf(assignment.Target)), places, context);
        }

        /// <summary><c>options.Filters.Add("…")</c>, <c>AddRange(…)</c>, and <c>Filters = { "…" }</c> in an initializer.</summary>
        private void OnInvocation(OperationAnalysisContext context, CheckedPlaces places)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (invocation.TargetMethod.Name is not ("Add" or "AddRange") || invocation.Instance is null)
            {
                return;
            }

            var place = places.Find(MemberOf(invocation.Instance));
            if (place is null)
            {
                return;
            }

            foreach (var argument in invocation.Arguments)
            {
                CheckValues(argument.Value, place, places, context);
            }
        }

        private static ISymbol? MemberOf(IOperation operation) => operation switch
        {
            IPropertyReferenceOperation property => property.Property,
            IFieldReferenceOperation field => field.Field,
            IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } receiver => InitializedMember(receiver),
            _ => null,
        };

        /// <summary>
        /// The member a nested collection initializer fills (<c>Filters = { … }</c>); null inside a
        /// collection's own creation (<c>new List&lt;string&gt; { … }</c>), whose values are followed
        /// where the collection goes.
        /// </summary>
        private static ISymbol? InitializedMember(IOperation receiver)
        {
            for (var parent = receiver.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is IObjectOrCollectionInitializerOperation initializer)
                {
                    return initializer.Parent is IMemberInitializerOperation member ? MemberOf(member.InitializedMember) : null;
                }
            }

            return null;
        }

        private void CheckValues(IOperation value, CheckedPlace? place, CheckedPlaces places, OperationAnalysisContext context)
        {
            if (place is null || !Handles(place.Kind))
            {
                return;
            }

            foreach (var constant in ConstantFlow.Values(value, context.CancellationToken))
            {
                Check(constant, place, places, context);
            }
        }
    }
}
