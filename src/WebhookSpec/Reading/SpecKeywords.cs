using System;
using System.Collections.Generic;
using ConversationHooks.Spec.Model;
using ValueType = ConversationHooks.Spec.Model.ValueType;

namespace ConversationHooks.Spec.Reading
{
    /// <summary>The words the spec takes for its closed choices (a value's type, an operation's answer, ...) and what each means.</summary>
    internal static class SpecKeywords
    {
        public static readonly Dictionary<string, ValueType> ValueTypes = new(StringComparer.Ordinal)
        {
            ["string"] = ValueType.String,
            ["int"] = ValueType.Int,
            ["bool"] = ValueType.Bool,
            ["dateTime"] = ValueType.DateTime,
            ["uri"] = ValueType.Uri,
            ["json"] = ValueType.Json,
            ["sid"] = ValueType.Sid,
            ["enum"] = ValueType.Enum,
            ["filter"] = ValueType.Filter,
            ["method"] = ValueType.Method,
            ["target"] = ValueType.Target,
            ["object"] = ValueType.Object,
            ["media"] = ValueType.Media,
        };

        public static readonly Dictionary<string, OperationAnswer> Answers = new(StringComparer.Ordinal)
        {
            ["resource"] = OperationAnswer.Resource,
            ["page"] = OperationAnswer.Page,
            ["nothing"] = OperationAnswer.Nothing,
        };

        public static readonly Dictionary<string, AnswerFieldType> AnswerFieldTypes = new(StringComparer.Ordinal)
        {
            ["string"] = AnswerFieldType.String,
            ["json"] = AnswerFieldType.Json,
        };

        public static readonly Dictionary<string, FilterPhase> Phases = new(StringComparer.Ordinal)
        {
            ["pre"] = FilterPhase.Pre,
            ["post"] = FilterPhase.Post,
        };

        public static readonly Dictionary<string, BoundValueKind> BoundKinds = new(StringComparer.Ordinal)
        {
            ["filter"] = BoundValueKind.Filter,
            ["sid"] = BoundValueKind.Sid,
            ["method"] = BoundValueKind.Method,
            ["target"] = BoundValueKind.Target,
            ["credential"] = BoundValueKind.Credential,
        };
    }
}
