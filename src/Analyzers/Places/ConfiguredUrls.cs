using System;
using System.Collections.Immutable;
using ConversationHooks.Spec.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ConversationHooks.Analyzers.Places
{
    /// <summary>
    /// The webhook URLs set by the one SDK call or options object that also holds a filter:
    /// <c>WebhookResource.Update(filters: …, postWebhookUrl: …)</c>, <c>new UpdateWebhookOptions {
    /// Filters = …, PreWebhookUrl = … }</c>. A pre-action filter fires only where a pre-event URL is
    /// set (domain.md), so a call that sets URLs shows which phases it can deliver. A call that sets
    /// none shows nothing: the URLs may be set elsewhere. Asked only for filters being reported or
    /// pre-action ones, never on the common path.
    /// </summary>
    internal readonly struct ConfiguredUrls
    {
        // Twilio's names for the two URLs, the same on every resource and options type of its SDK
        // (parameters in camel case, properties in Pascal case).
        private const string PreUrl = "preWebhookUrl";
        private const string PostUrl = "postWebhookUrl";
        private const string Target = "target";
        private const string Flex = "flex";

        // Up from the operation that reported: the nested Add of Filters = { … } is four levels below its creation.
        private const int MaxLevels = 5;

        private ConfiguredUrls(bool pre, bool post, bool flex)
        {
            HasPreEventUrl = pre;
            HasPostEventUrl = post;
            GoesToFlex = flex;
        }

        public bool HasPreEventUrl { get; }

        public bool HasPostEventUrl { get; }

        /// <summary>True when the call sets the account's target to <c>flex</c>: events then go to Flex, not to the URLs.</summary>
        public bool GoesToFlex { get; }

        /// <summary>True when the call sets any URL, so that what it does not set is not set.</summary>
        public bool AreKnown => HasPreEventUrl || HasPostEventUrl;

        /// <summary>The one phase these URLs can deliver; null for both, or when the call sets no URL.</summary>
        public FilterPhase? OnlyPhase => HasPreEventUrl == HasPostEventUrl ? null : HasPreEventUrl ? FilterPhase.Pre : FilterPhase.Post;

        /// <summary>The URLs set by the call or creation around <paramref name="operation"/> (the one being analyzed).</summary>
        public static ConfiguredUrls Around(IOperation operation)
        {
            var request = operation;
            for (var level = 0; request is not null && level < MaxLevels; level++, request = request.Parent)
            {
                switch (request)
                {
                    case IInvocationOperation { IsImplicit: false } invocation:
                        return Of(invocation.Arguments, null);
                    case IObjectCreationOperation creation:
                        return Of(creation.Arguments, creation.Initializer);
                }
            }

            return default;
        }

        private static ConfiguredUrls Of(ImmutableArray<IArgumentOperation> arguments, IObjectOrCollectionInitializerOperation? initializer)
        {
            var pre = false;
            var post = false;
            var flex = false;
            foreach (var argument in arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter is { } parameter && IsSet(argument.Value))
                {
                    pre |= IsNamed(parameter.Name, PreUrl);
                    post |= IsNamed(parameter.Name, PostUrl);
                    flex |= IsNamed(parameter.Name, Target) && IsFlex(argument.Value);
                }
            }

            foreach (var element in initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
            {
                if (element is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment && IsSet(assignment.Value))
                {
                    pre |= IsNamed(property.Property.Name, PreUrl);
                    post |= IsNamed(property.Property.Name, PostUrl);
                    flex |= IsNamed(property.Property.Name, Target) && IsFlex(assignment.Value);
                }
            }

            return new ConfiguredUrls(pre, post, flex);
        }

        private static bool IsNamed(string name, string url) => string.Equals(name, url, StringComparison.OrdinalIgnoreCase);

        /// <summary><c>"flex"</c> (converted to the SDK's <c>TargetEnum</c>), or its <c>TargetEnum.Flex</c>.</summary>
        private static bool IsFlex(IOperation value)
            => ConstantFlow.Unwrap(value) switch
            {
                { ConstantValue: { HasValue: true, Value: string text } } => string.Equals(text, Flex, StringComparison.OrdinalIgnoreCase),
                IFieldReferenceOperation field => string.Equals(field.Field.Name, Flex, StringComparison.OrdinalIgnoreCase),
                _ => false,
            };

        /// <summary>Anything but <c>null</c> (the SDK then sends nothing) and <c>""</c> (no URL to call).</summary>
        private static bool IsSet(IOperation value)
        {
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            return !(value.ConstantValue.HasValue && (value.ConstantValue.Value is null || value.ConstantValue.Value is ""));
        }
    }
}
