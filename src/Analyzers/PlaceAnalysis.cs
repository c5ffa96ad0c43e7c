using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using ConversationHooks.Analyzers.Places;
using ConversationHooks.Analyzers.Receivers;
using ConversationHooks.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ConversationHooks.Analyzers
{
    /// <summary>
    /// The traversal both analyzers share, for one compilation and one set of rules: each call, object
    /// creation, assignment or <c>Add</c>/<c>AddRange</c> that reaches a checked place is followed to its
    /// constants once, and each constant goes to the rules of its place's kind. Nothing is registered
    /// when the compilation has no place the rules check. Non-constant values are never reported.
    /// </summary>
    internal sealed class PlaceAnalysis
    {
        private readonly CheckedPlaces _places;
        private readonly ImmutableArray<PlaceRule> _rules;
        private readonly PlaceKind _kinds;
        private EventTypeComparisons? _eventTypes;

        private PlaceAnalysis(CheckedPlaces places, ImmutableArray<PlaceRule> rules, PlaceKind kinds)
        {
            _places = places;
            _rules = rules;
            _kinds = kinds;
        }

        /// <summary>The diagnostics of <paramref name="rules"/>, for the analyzer's <c>SupportedDiagnostics</c>.</summary>
        public static ImmutableArray<DiagnosticDescriptor> DiagnosticsOf(ImmutableArray<PlaceRule> rules)
            => rules.SelectMany(r => r.SupportedDiagnostics).ToImmutableArray();

        /// <summary>
        /// Registers the three operation actions, per compilation that has places of <paramref name="rules"/>.
        /// The analyzer's <c>Initialize</c> configures concurrency and generated code first (analyzed, and
        /// skipped here through <c>context.IsGeneratedCode</c>). With <paramref name="checksEventTypes"/>, the
        /// names receivers compare with an event type are checked as filters too (<see cref="EventTypeComparisons"/>).
        /// </summary>
        public static void Register(AnalysisContext context, ImmutableArray<PlaceRule> rules, bool checksEventTypes = false)
        {
            var kinds = rules.Aggregate(PlaceKind.None, (all, rule) => all | rule.Kinds);
            context.RegisterCompilationStartAction(start =>
            {
                var places = CheckedPlaces.For(start.Compilation, start.Options, start.CancellationToken);
                if (places is null || (places.Kinds & kinds) == PlaceKind.None)
                {
                    return;
                }

                var analysis = new PlaceAnalysis(places, rules, kinds);
                start.RegisterOperationAction(analysis.OnInvocation, OperationKind.Invocation);
                start.RegisterOperationAction(analysis.OnCreation, OperationKind.ObjectCreation);
                start.RegisterOperationAction(analysis.OnAssignment, OperationKind.SimpleAssignment);
                if (checksEventTypes && (places.Kinds & PlaceKind.Filter) != PlaceKind.None)
                {
                    analysis._eventTypes = EventTypeComparisons.Register(start, (name, c) => analysis.CheckValues(name, EventTypeComparisons.Place, c));
                }
            });
        }

        [MethodImpl(HotPath.Optimized)]
        private void OnCreation(OperationAnalysisContext context)
        {
            if (context.IsGeneratedCode)
            {
                return;
            }

            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Constructor is { } constructor)
            {
                CheckArguments(constructor, creation.Arguments, context);
            }

            if (creation.Initializer is not { } initializer)
            {
                return;
            }

            // The Add calls of the collection's own initializer (new FilterSet { "…" }), here rather than
            // one callback each: they nearly always call one method, asked about once.
            IMethodSymbol? asked = null;
            var mayHavePlaces = false;
            foreach (var element in initializer.Initializers)
            {
                if (element is not IInvocationOperation { Arguments.IsEmpty: false } add)
                {
                    continue;
                }

                if (!ReferenceEquals(add.TargetMethod, asked))
                {
                    asked = add.TargetMethod;
                    mayHavePlaces = _places.MayHavePlaces(asked);
                }

                if (mayHavePlaces)
                {
                    CheckParameters(add.Arguments, context);
                }
            }
        }

        [MethodImpl(HotPath.Optimized)]
        private void CheckArguments(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, OperationAnalysisContext context)
        {
            if (!arguments.IsEmpty && _places.MayHavePlaces(method))
            {
                CheckParameters(arguments, context);
            }
        }

        /// <summary>Each argument against its parameter, of a method that may have checked parameters.</summary>
        private void CheckParameters(ImmutableArray<IArgumentOperation> arguments, OperationAnalysisContext context)
        {
            foreach (var argument in arguments)
            {
                CheckValues(argument.Value, _places.Find(argument.Parameter), context);
            }
        }

        [MethodImpl(HotPath.Optimized)]
        private void OnAssignment(OperationAnalysisContext context)
        {
            if (context.IsGeneratedCode)
            {
                return;
            }

            var assignment = (ISimpleAssignmentOperation)context.Operation;
            CheckValues(assignment.Value, _places.Find(MemberOf(assignment.Target)), context);
        }

        /// <summary>
        /// A call with checked parameters; or <c>options.Filters.Add("…")</c>, <c>AddRange(…)</c>, and
        /// <c>Filters = { "…" }</c> in an initializer, on a checked collection property.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        private void OnInvocation(OperationAnalysisContext context)
        {
            if (context.IsGeneratedCode)
            {
                return;
            }

            var invocation = (IInvocationOperation)context.Operation;
            if (invocation.IsImplicit && invocation.Parent is IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation })
            {
                // An Add of a collection's own initializer: checked with its creation (OnCreation). Its
                // values are followed where the collection goes; its instance is no member.
                return;
            }

            CheckArguments(invocation.TargetMethod, invocation.Arguments, context);
            _eventTypes?.OnInvocation(invocation, context);
            if (invocation.TargetMethod.Name is not ("Add" or "AddRange") || invocation.Instance is null)
            {
                return;
            }

            var place = _places.Find(MemberOf(invocation.Instance));
            if (place is null)
            {
                return;
            }

            foreach (var argument in invocation.Arguments)
            {
                CheckValues(argument.Value, place, context);
            }
        }

        [MethodImpl(HotPath.Optimized)]
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
        [MethodImpl(HotPath.Optimized)]
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

        private void CheckValues(IOperation value, CheckedPlace? place, OperationAnalysisContext context)
        {
            if (place is null || (place.Kind & _kinds) == PlaceKind.None)
            {
                return;
            }

            if ((place.Kind & _kinds & PlaceKind.Sid) != PlaceKind.None)
            {
                SidRule.CheckHeld(value, place, _places, context);
            }

            foreach (var constant in ConstantFlow.Values(value, context.CancellationToken))
            {
                foreach (var rule in _rules)
                {
                    if ((rule.Kinds & place.Kind) != PlaceKind.None)
                    {
                        rule.Check(constant, place, _places, context);
                    }
                }
            }
        }
    }
}
