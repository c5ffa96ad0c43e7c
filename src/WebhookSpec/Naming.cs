using System.Text;

namespace ConversationHooks.Spec
{
    /// <summary>
    /// How wire names become C# names. Shared by the reader (which rejects specs whose names would
    /// collide) and the generator (which emits them), so the two always agree.
    /// </summary>
    internal static class Naming
    {
        /// <summary>Types the generator always emits; a spec type name must not take one of these.</summary>
        public static readonly string[] FixedTypeNames =
        {
            "WebhookFilter", "WebhookFilterNames", "WebhookFilterInfo", "WebhookFilterValue",
            "WebhookPhase", "WebhookScope", "WebhookEventResource",
            EventNaming.BaseTypeName, EventNaming.UnknownTypeName, EventNaming.ReadersTypeName,
            EventNaming.JsonConverterTypeName, EventNaming.JsonContextTypeName, EventNaming.SamplesTypeName,
            "WebhookConfigurationClient",
        };

        /// <summary>
        /// The runtime's public types in its root namespace, and the namespace that holds its plumbing.
        /// Generated code in the default namespace sits beside them, so a spec type name must not take
        /// one of these either.
        /// </summary>
        public static readonly string[] RuntimeTypeNames =
        {
            "FormEncoding", "FormReader", "FormWriter", "IFormContent", "IJsonContent",
            "SidAttribute", "SecretAttribute", "WebhookFilterNameAttribute", "GeneratedWebhookTypesAttribute", "SidError", "SidFormat",
            "TwilioRequestValidator", "TwilioRequestSigner", "SignedWebhookRequest", "TwilioSharedKey", "TwilioSharedKeyAlgorithm", "WebhookSignatureFailure",
            "TwilioApiConnection", "TwilioApiException", "TwilioApiFailure", "TwilioCredentials",
            "Internal",
            "WebhookForm", "WebhookResponse", "WebhookAnswerAction", "JsonText", "MediaItem", "UnreadParameter", "WebhookReadMode",
        };

        /// <summary>
        /// Members the generated <c>{Enum}Names</c> classes and enums have beside one per wire value
        /// (and those of <see cref="object"/>): a method, target, scope or enum value whose C# member
        /// name is one of these would collide with it.
        /// </summary>
        public static readonly string[] ReservedMemberNames =
        {
            "All", "GetWireName", "TryParse", "Utf8", "EqualsIgnoringAsciiCase",
            "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "ReferenceEquals", "Finalize",
        };

        /// <summary>
        /// Members the generated requests and responses have beside one property per parameter or field
        /// (and those of <see cref="object"/>); a property must not take one of these, nor its type's name.
        /// </summary>
        public static readonly string[] ReservedPropertyNames =
        {
            "FromJson", "ToJson", "ReadJson", "WriteJson", "FieldOf", "Field", "Utf8",
            "FromForm", "ToFormBody", "ToQueryString", "TryWriteFormBody", "ToFormParameters", "WriteForm",
            "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "ReferenceEquals", "Finalize",
        };

        /// <summary><c>account_sid</c> -> <c>AccountSid</c>, <c>Configuration.Filters</c> -> <c>ConfigurationFilters</c>, <c>isOnline</c> -> <c>IsOnline</c>.</summary>
        public static string PropertyName(string wireName)
        {
            var builder = new StringBuilder(wireName.Length);
            var upperNext = true;
            foreach (var c in wireName)
            {
                if (c == '.' || c == '_' || c == '-')
                {
                    upperNext = true;
                    continue;
                }

                builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }

            return builder.ToString();
        }

        /// <summary>An enum member for a wire value: <c>GET</c> -> <c>Get</c>, <c>webhook</c> -> <c>Webhook</c>, <c>onMessageAdded</c> -> <c>OnMessageAdded</c>.</summary>
        public static string MemberName(string wireValue)
        {
            var allUpper = true;
            foreach (var c in wireValue)
            {
                allUpper &= !char.IsLower(c);
            }

            return PropertyName(allUpper ? wireValue.ToLowerInvariant() : wireValue);
        }

        /// <summary><c>account</c> -> <c>Account</c>, <c>addressConfiguration</c> -> <c>AddressConfiguration</c>.</summary>
        public static string ScopeName(string scope) => PropertyName(scope);

        public static string SidTypeName(string sidKind) => sidKind + "Sid";

        public static string MethodTypeName(string scope) => ScopeName(scope) + "WebhookMethod";

        public static string TargetTypeName(string scope) => ScopeName(scope) + "WebhookTarget";

        /// <summary>The forward-compatible wrapper of an enum: keeps wire values the spec does not know.</summary>
        public static string ValueTypeName(string enumTypeName) => enumTypeName + "Value";

        /// <summary>The class of an enum's wire names and conversions.</summary>
        public static string NamesTypeName(string enumTypeName) => enumTypeName + "Names";
    }
}
