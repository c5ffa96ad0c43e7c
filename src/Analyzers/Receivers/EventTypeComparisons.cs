using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using ConversationHooks.Analyzers.Places;
using ConversationHooks.Spec.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ConversationHooks.Analyzers.Receivers
{
    /// <summary>
    /// Receivers' event names: a string compared with the event type read from a webhook request
    /// (<c>Request.Form["EventType"] == "onMessageSent"</c>, <c>switch</c>/<c>case</c>, <c>Equals</c>,
    /// <c>is "…" or "…"</c>, a switch expression) is a filter name, and is checked as one. Ported Chat
    /// receivers compare with names Conversations never sends (<c>onMessageSent</c>, <c>onMemberUpdated</c>):
    /// their branch never runs. An event type is read from an indexer or <c>GetValueOrDefault</c> with the
    /// key <c>"EventType"</c> (a form, a query, a dictionary), from a property named <c>EventType</c>, or
    /// from a local initialized once with one of those.
    /// </summary>
    /// <remarks>
    /// Binary operations are among the most frequent operations: the callback dismisses all but equality
    /// with a constant that looks like an event name (<c>on</c> and an upper-case letter, as every Chat and
    /// Conversations name) before looking at the other side. A comparison with <c>"push"</c> in a GitHub
    /// receiver that happens to read an <c>EventType</c> is never looked at.
    /// </remarks>
    internal sealed class EventTypeComparisons
    {
        private const string EventType = "EventType";

        /// <summary>The place every compared name is checked as: a filter of any scope.</summary>
        public static readonly CheckedPlace Place = new(EventType, PlaceKind.Filter, null, ImmutableArray<SidKindSpec>.Empty, false);

        private readonly Action<IOperation, OperationAnalysisContext> _check;

        private EventTypeComparisons(Action<IOperation, OperationAnalysisContext> check) => _check = check;

        /// <summary>
        /// Registers the comparisons' actions; <paramref name="check"/> gets each constant compared with an
        /// event type. <c>Equals</c> calls come through <see cref="OnInvocation"/>, from the invocation
        /// callback the caller already has.
        /// </summary>
        public static EventTypeComparisons Register(CompilationStartAnalysisContext start, Action<IOperation, OperationAnalysisContext> check)
        {
            var comparisons = new EventTypeComparisons(check);
            start.RegisterOperationAction(comparisons.OnBinary, OperationKind.Binary);
            start.RegisterOperationAction(comparisons.OnSwitch, OperationKind.Switch);
            start.RegisterOperationAction(comparisons.OnSwitchExpression, OperationKind.SwitchExpression);
            start.RegisterOperationAction(comparisons.OnIsPattern, OperationKind.IsPattern);
            return comparisons;
        }

        [MethodImpl(HotPath.Optimized)]
        private void OnBinary(OperationAnalysisContext context)
        {
            var binary = (IBinaryOperation)context.Operation;
            if (binary.OperatorKind is not (BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals) || context.IsGeneratedCode)
            {
                return;
            }

            CheckPair(binary.LeftOperand, binary.RightOperand, context);
        }

        /// <summary><c>eventType.Equals("…")</c>, <c>string.Equals(eventType, "…", …)</c>, <c>"…".Equals(eventType)</c>.</summary>
        [MethodImpl(HotPath.Optimized)]
        public void OnInvocation(IInvocationOperation invocation, OperationAnalysisContext context)
        {
            if (invocation.TargetMethod.Name != "Equals")
            {
                return;
            }

            var arguments = invocation.Arguments;
            if (invocation.Instance is { } instance && arguments.Length >= 1)
            {
                CheckPair(instance, arguments[0].Value, context);
            }
            else if (invocation.Instance is null && arguments.Length >= 2)
            {
                CheckPair(arguments[0].Value, arguments[1].Value, context);
            }
        }

        private void OnSwitch(OperationAnalysisContext context)
        {
            var statement = (ISwitchOperation)context.Operation;
            if (context.IsGeneratedCode || !IsEventTypeRead(statement.Value, context.CancellationToken))
            {
                return;
            }

            foreach (var section in statement.Cases)
            {
                foreach (var clause in section.Clauses)
                {
                    switch (clause)
                    {
                        case ISingleValueCaseClauseOperation single:
                            CheckName(single.Value, context);
                            break;
                        case IPatternCaseClauseOperation pattern:
                            CheckPattern(pattern.Pattern, context);
                            break;
                    }
                }
            }
        }

        private void OnSwitchExpression(OperationAnalysisContext context)
        {
            var expression = (ISwitchExpressionOperation)context.Operation;
            if (context.IsGeneratedCode || !IsEventTypeRead(expression.Value, context.CancellationToken))
            {
                return;
            }

            foreach (var arm in expression.Arms)
            {
                CheckPattern(arm.Pattern, context);
            }
        }

        private void OnIsPattern(OperationAnalysisContext context)
        {
            var isPattern = (IIsPatternOperation)context.Operation;
            if (!context.IsGeneratedCode && IsEventTypeRead(isPattern.Value, context.CancellationToken))
            {
                CheckPattern(isPattern.Pattern, context);
            }
        }

        [MethodImpl(HotPath.Optimized)]
        private void CheckPair(IOperation left, IOperation right, OperationAnalysisContext context)
        {
            if (EventName(right) is { } rightName && IsEventTypeRead(left, context.CancellationToken))
            {
                _check(rightName, context);
            }
            else if (EventName(left) is { } leftName && IsEventTypeRead(right, context.CancellationToken))
            {
                _check(leftName, context);
            }
        }

        private void CheckPattern(IPatternOperation pattern, OperationAnalysisContext context)
        {
            switch (pattern)
            {
                case IConstantPatternOperation constant:
                    CheckName(constant.Value, context);
                    break;
                case IBinaryPatternOperation binary:
                    CheckPattern(binary.LeftPattern, context);
                    CheckPattern(binary.RightPattern, context);
                    break;
                case INegatedPatternOperation negated:
                    CheckPattern(negated.Pattern, context);
                    break;
            }
        }

        private void CheckName(IOperation value, OperationAnalysisContext context)
        {
            if (EventName(value) is { } name)
            {
                _check(name, context);
            }
        }

        /// <summary>The constant, when it is a string that looks like an event name (<c>on</c> or <c>On</c>, then an upper-case letter).</summary>
        [MethodImpl(HotPath.Optimized)]
        private static IOperation? EventName(IOperation operand)
        {
            var value = ConstantFlow.Unwrap(operand);
            return value.ConstantValue is { HasValue: true, Value: string text }
                   && text.Length > 2 && (text[0] == 'o' || text[0] == 'O') && text[1] == 'n' && text[2] >= 'A' && text[2] <= 'Z'
                ? value
                : null;
        }

        /// <summary>True when <paramref name="operation"/> is the event type read from a request (see the class).</summary>
        private static bool IsEventTypeRead(IOperation operation, CancellationToken cancellationToken, bool throughLocal = true)
        {
            switch (ConstantFlow.Unwrap(operation))
            {
                case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments: { Length: 1 } arguments }:
                    return IsEventTypeKey(arguments[0].Value);
                case IPropertyReferenceOperation property:
                    return property.Property.Name == EventType;
                case IInvocationOperation { TargetMethod.Name: "ToString", Instance: { } instance }:
                    return IsEventTypeRead(instance, cancellationToken, throughLocal);
                case IInvocationOperation { TargetMethod.Name: "GetValueOrDefault" } lookup:
                    foreach (var argument in lookup.Arguments)
                    {
                        if (IsEventTypeKey(argument.Value))
                        {
                            return true;
                        }
                    }

                    return false;
                case ILocalReferenceOperation local when throughLocal:
                    // var eventType = Request.Form["EventType"]; ... eventType == "onMessageSent"
                    var values = VariableValues.OfLocal(local, cancellationToken);
                    return values.Count == 1 && IsEventTypeRead(values[0], cancellationToken, throughLocal: false);
                default:
                    return false;
            }
        }

        private static bool IsEventTypeKey(IOperation key) => ConstantFlow.Unwrap(key).ConstantValue is { HasValue: true, Value: EventType };
    }
}
