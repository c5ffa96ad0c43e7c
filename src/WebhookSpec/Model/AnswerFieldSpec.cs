namespace ConversationHooks.Spec.Model
{
    /// <summary>How Twilio reads a field of a pre-action answer: plain text, or JSON text sent as a string.</summary>
    internal enum AnswerFieldType
    {
        String,
        Json,
    }

    /// <summary>A field a pre-action answer may change, by its snake_case JSON key (<c>friendly_name</c>, <c>body</c>, ...).</summary>
    internal sealed record AnswerFieldSpec(string Name, AnswerFieldType Type);
}
