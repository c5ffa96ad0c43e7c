using ConversationHooks.Spec.Model;

namespace ConversationHooks.Spec
{
    /// <summary>
    /// Names of the generated event and answer types, shared by the reader (which rejects collisions)
    /// and the generator. One rule: the filter without its <c>on</c>, then <c>Event</c> or <c>Answer</c>
    /// (<c>onMessageAdded</c> -> <c>MessageAddedEvent</c>, <c>onMessageAdd</c> -> <c>MessageAddEvent</c>,
    /// <c>MessageAddAnswer</c>).
    /// </summary>
    internal static class EventNaming
    {
        /// <summary>The abstract base every event type derives from (it holds the common parameters).</summary>
        public const string BaseTypeName = "WebhookEvent";

        /// <summary>The event an <c>EventType</c> the spec does not know becomes.</summary>
        public const string UnknownTypeName = "UnknownWebhookEvent";

        /// <summary>The generated readers of SID and enum values (plumbing the events call).</summary>
        public const string ReadersTypeName = "WebhookEventReaders";

        /// <summary>The System.Text.Json converter of every event (<c>WebhookEventJsonConverter&lt;TEvent&gt;</c>).</summary>
        public const string JsonConverterTypeName = "WebhookEventJsonConverter";

        /// <summary>The sample request of any event by its filter (<c>WebhookEventSamples.Form(filter)</c>).</summary>
        public const string SamplesTypeName = "WebhookEventSamples";

        /// <summary>The System.Text.Json serializer context of the events, answers and SIDs.</summary>
        public const string JsonContextTypeName = "ConversationHooksJson";

        /// <summary>
        /// Members every event has beside one property per parameter (and those of <see cref="object"/>),
        /// and <c>Continue</c> and <c>Reject</c> (a pre-action event's answers, kept for every event); a parameter's property
        /// must not take one of these.
        /// </summary>
        public static readonly string[] ReservedPropertyNames =
        {
            "Form", "UnreadParameters", "ToFormBody", "Parse", "TryParse", "TryRead", "Parameter", "CommonParameters", "Continue", "Reject",
            "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "ReferenceEquals", "Finalize",
        };

        public static string EventTypeName(string filter) => filter.Substring(2) + "Event";

        public static string AnswerTypeName(string filter) => filter.Substring(2) + "Answer";

        /// <summary>The builder of an event's samples, for tests and tools (<c>MessageAddedEventBuilder</c>).</summary>
        public static string BuilderTypeName(string filter) => EventTypeName(filter) + "Builder";

        /// <summary>
        /// A payload enum's type: its <c>typeName</c> (events that list the same values share one type),
        /// else the owning type's name and the property (<c>DeliveryUpdatedEventStatus</c>).
        /// </summary>
        public static string EnumTypeName(ValueSpec value, string ownerTypeName)
            => value.TypeName ?? ownerTypeName + Naming.PropertyName(value.Name);
    }
}
