using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using ConversationHooks.Analyzers.Places;
using ConversationHooks.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ConversationHooks.Analyzers
{
    /// <summary>
    /// Checks the constant strings that reach webhook filters, SIDs, methods, targets and credentials.
    /// The checked places are resolved once per compilation (nothing is registered when there are
    /// none); each call, object creation, assignment or <c>Add</c>/<c>AddRange</c> that reaches one is
    /// followed to its constants once, and each constant goes to the rules of its place's kind (one
    /// file per concern, in Rules/). One analyzer rather than one per rule: the traversal is the cost,
    /// and the build pays it once (docs/benchmarks.md). Non-constant values are never reported.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ConversationHooksAnalyzer : DiagnosticAnalyzer
    {
        private static readonly ImmutableArray<PlaceRule> Rules = ImmutableArray.Create<PlaceRule>(
            new WebhookFilterRule(), new SidRule(), new MethodTargetRule(), new CredentialRule());

        private static readonly PlaceKind AllKinds = Rules.Aggregate(PlaceKind.None, (kinds, rule) => kinds | rule.Kinds);

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = Rules.SelectMany(r => r.SupportedDiagnostics).ToImmutableArray();

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // Generated code is skipped below (context.IsGeneratedCode), not with GeneratedCodeAnalysisFlags.None:
            // with None the driver rescans a file's syntax for [GeneratedCode] on every diagnostic we
            // report in it, which cost more than all of our own analysis (see docs/benchmarks.md).
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                var places = CheckedPlaces.For(start.Compilation, start.Options, start.CancellationToken);
                if (places is null || (places.Kinds & AllKinds) == PlaceKind.None)
                {
                    return;
                }

                start.RegisterOperationAction(c => OnInvocation(c, places), OperationKind.Invocation);
                start.RegisterOperationAction(c => OnCreation(c, places), OperationKind.ObjectCreation);
                start.RegisterOperationAction(c => OnAssignment(c, places), OperationKind.SimpleAssignment);
            });
        }

        [MethodImpl(HotPath.Optimized)]
        private static void OnCreation(OperationAnalysisContext context, CheckedPlaces places)
        {
            if (context.IsGeneratedCode)
            {
                return;
            }

            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Constructor is { } constructor)
            {
                CheckArguments(constructor, creation.Arguments, places, context);
            }
        }

        [MethodImpl(HotPath.Optimized)]
        private static void CheckArguments(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, CheckedPlaces places, OperationAnalysisContext context)
        {
            if ((places.KindsOf(method) & AllKinds) == PlaceKind.None)
            {
                return;
            }

            foreach (var argument in arguments)
            {
                CheckValues(argument.Value, places.Find(argument.Parameter), places, context);
            }
        }

        [MethodImpl(HotPath.Optimized)]
        private static void OnAssignment(OperationAnalysisContext context, CheckedPlaces places)
        {
            if (context.IsGeneratedCode)
            {
                return;
            }

            var assignment = (ISimpleAssignmentOperation)context.Operation;
            CheckValues(assignment.Value, places.Find(MemberOf(assignment.Target)), places, context);
        }

        /// <summary>
        /// A call with checked parameters; or <c>options.Filters.Add("…")</c>, <c>AddRange(…)</c>, and
        /// <c>Filters = { "…" }</c> in an initializer, on a checked collection property.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        private static void OnInvocation(OperationAnalysisContext context, CheckedPlaces places)
        {
            if (context.IsGeneratedCode)
            {
                return;
            }

            var invocation = (IInvocationOperation)context.Operation;
            CheckArguments(invocation.TargetMethod, invocation.Arguments, places, context);
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

        private static void CheckValues(IOperation value, CheckedPlace? place, CheckedPlaces places, OperationAnalysisContext context)
        {
            if (place is null)
            {
                return;
            }

            foreach (var constant in ConstantFlow.Values(value, context.CancellationToken))
            {
                foreach (var rule in Rules)
                {
                    if ((rule.Kinds & place.Kind) != PlaceKind.None)
                    {
                        rule.Check(constant, place, places, context);
                    }
                }
            }
        }
    }
}
