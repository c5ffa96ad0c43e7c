using System;
using System.Collections.Generic;
using System.Linq;

namespace ConversationHooks.Tools.BindingsGenerator
{
    /// <summary>
    /// What the SDK's parameter names mean. Twilio generates the SDK from its OpenAPI description, so
    /// a name means the same on every resource (<c>pathChatServiceSid</c> is always an <c>IS…</c>),
    /// except <c>pathSid</c>, which names the resource the type is about, and the webhook values,
    /// whose scope is the type's. Each entry is a fact about Twilio's API, not about one overload.
    /// </summary>
    internal static class PlaceNames
    {
        /// <summary>The root namespace of the Conversations v1 resources and options.</summary>
        public const string ConversationsNamespace = "Twilio.Rest.Conversations.V1";

        /// <summary>The client types outside Conversations that take the account's SIDs and credentials.</summary>
        public static readonly IReadOnlyList<string> ClientTypes = new[]
        {
            "Twilio.Clients.TwilioRestClient",
            "Twilio.Jwt.AccessToken.Token",
            "Twilio.Security.RequestValidator",
            "Twilio.TwilioClient",
        };

        private static readonly Dictionary<string, BoundValue> ClientNames = new(StringComparer.Ordinal)
        {
            ["username"] = Sid("Account", "ApiKey"), // an API key SID can stand for the account SID
            ["accountSid"] = Sid("Account"),
            ["signingKeySid"] = Sid("ApiKey"),
            ["password"] = Credential(), // the auth token, or the API key's secret
            ["secret"] = Credential(),
        };

        private static readonly Dictionary<string, BoundValue> ConversationsSids = new(StringComparer.Ordinal)
        {
            ["pathChatServiceSid"] = Sid("ChatService"),
            ["pathConversationSid"] = UniqueNameOr("Conversation"), // "can also be the unique_name of the Conversation"
            ["pathMessageSid"] = Sid("Message"),
            ["pathUserSid"] = UniqueNameOr("User"), // "can be either the sid or the identity of the User"
            ["messagingServiceSid"] = Sid("MessagingService"),
            ["defaultMessagingServiceSid"] = Sid("MessagingService"),
            ["defaultChatServiceSid"] = Sid("ChatService"),
            ["autoCreationConversationServiceSid"] = Sid("ChatService"),
            ["roleSid"] = Sid("Role"),
            ["defaultConversationCreatorRoleSid"] = Sid("Role"),
            ["defaultConversationRoleSid"] = Sid("Role"),
            ["defaultChatServiceRoleSid"] = Sid("Role"),
            ["configurationFlowSid"] = Sid("Flow"),
            ["autoCreationStudioFlowSid"] = Sid("Flow"),
            ["mediaSid"] = Sid("Media"),
            ["contentSid"] = Sid("ContentTemplate"),
        };

        /// <summary><c>pathSid</c> by the resource its type is about (<c>FetchRoleOptions</c>, <c>RoleResource</c>: Role).</summary>
        private static readonly Dictionary<string, BoundValue> PathSidByResource = new(StringComparer.Ordinal)
        {
            ["AddressConfiguration"] = UniqueNameOr("AddressConfiguration"), // "either the sid or the address"
            ["Binding"] = Sid("Binding"),
            ["Conversation"] = UniqueNameOr("Conversation"),
            ["Credential"] = Sid("Credential"),
            ["DeliveryReceipt"] = Sid("DeliveryReceipt"),
            ["Message"] = Sid("Message"),
            ["Participant"] = Sid("Participant"),
            ["Role"] = Sid("Role"),
            ["Service"] = Sid("ChatService"),
            ["User"] = UniqueNameOr("User"),
            ["Webhook"] = Sid("Webhook"),
        };

        private static readonly string[] FilterNames = { "filters", "configurationFilters", "autoCreationWebhookFilters" };
        private static readonly string[] MethodNames = { "method", "configurationMethod", "autoCreationWebhookMethod" };
        private static readonly string[] TargetNames = { "target", "autoCreationType" };
        private static readonly string[] OperationPrefixes = { "Create", "Update", "Fetch", "Delete", "Read" };

        /// <summary>What <paramref name="name"/> (camel case) takes on <paramref name="type"/>; null when nothing checked.</summary>
        public static BoundValue? Meaning(Type type, string name)
        {
            if (ClientTypes.Contains(type.FullName))
            {
                return ClientNames.TryGetValue(name, out var client) ? client.Named(name) : null;
            }

            if (ConversationsSids.TryGetValue(name, out var sid))
            {
                return sid.Named(name);
            }

            if (name == "pathSid")
            {
                var resource = ResourceOf(type);
                return PathSidByResource.TryGetValue(resource, out var own)
                    ? own.Named(name)
                    : throw new InvalidOperationException($"{type.FullName}.pathSid: no SID kind is known for resource '{resource}'; add it to {nameof(PathSidByResource)}.");
            }

            var takes = FilterNames.Contains(name) ? "filter" : MethodNames.Contains(name) ? "method" : TargetNames.Contains(name) ? "target" : null;
            if (takes is null)
            {
                return name.EndsWith("Sid", StringComparison.Ordinal)
                    ? throw new InvalidOperationException($"{type.FullName}.{name}: a SID of a kind not named here; add it to {nameof(ConversationsSids)} (or decide it takes none).")
                    : null;
            }

            return WebhookScopeOf(type) is { } scope
                ? new BoundValue(name, takes, scope, Array.Empty<string>(), false)
                : null; // a "method" or "target" of something other than a webhook
        }

        /// <summary>
        /// The SID kinds a resource's string property holds: <c>Sid</c> is the resource's own (as
        /// <c>pathSid</c>, but never a unique name), <c>AccountSid</c> the account's, and <c>XxxSid</c> what
        /// <c>pathXxxSid</c> or <c>xxxSid</c> takes. Null for other properties and other types, and for a
        /// <c>…Sid</c> this table does not know (<c>ChannelMessageSid</c>: a reading, never a place, needs
        /// no entry; unlike parameters, an unknown one is no error).
        /// </summary>
        public static HeldSid? Held(Type type, string property)
        {
            if (!type.Name.EndsWith("Resource", StringComparison.Ordinal) || !property.EndsWith("Sid", StringComparison.Ordinal) || ClientTypes.Contains(type.FullName))
            {
                return null;
            }

            var meaning = property switch
            {
                "Sid" => PathSidByResource.TryGetValue(ResourceOf(type), out var own) ? own : null,
                "AccountSid" => ClientNames["accountSid"],
                _ => ConversationsSids.TryGetValue("path" + property, out var path) ? path
                    : ConversationsSids.TryGetValue(char.ToLowerInvariant(property[0]) + property.Substring(1), out var named) ? named
                    : null,
            };
            return meaning is { Takes: "sid" } ? new HeldSid(property, meaning.SidKinds) : null;
        }

        /// <summary>
        /// The webhook scope a type configures, from where Twilio's generator put it:
        /// <c>V1.Configuration.*Webhook*</c> (account), <c>V1.Service.Configuration.*Webhook*</c>
        /// (service), <c>V1[.Service].Conversation.*Webhook*</c> (conversation), and the address
        /// configurations' auto-created webhooks (addressConfiguration).
        /// </summary>
        private static string? WebhookScopeOf(Type type)
        {
            if (type.Name.Contains("AddressConfiguration", StringComparison.Ordinal))
            {
                return "addressConfiguration";
            }

            if (!type.Name.Contains("Webhook", StringComparison.Ordinal))
            {
                return null;
            }

            return type.Namespace switch
            {
                ConversationsNamespace + ".Configuration" => "account",
                ConversationsNamespace + ".Service.Configuration" => "service",
                ConversationsNamespace + ".Conversation" or ConversationsNamespace + ".Service.Conversation" => "conversation",
                _ => null,
            };
        }

        /// <summary><c>FetchDeliveryReceiptOptions</c> and <c>DeliveryReceiptResource</c> are both about DeliveryReceipt.</summary>
        private static string ResourceOf(Type type)
        {
            var name = type.Name;
            if (name.EndsWith("Resource", StringComparison.Ordinal))
            {
                return name.Substring(0, name.Length - "Resource".Length);
            }

            if (name.EndsWith("Options", StringComparison.Ordinal))
            {
                name = name.Substring(0, name.Length - "Options".Length);
                var prefix = OperationPrefixes.FirstOrDefault(p => name.StartsWith(p, StringComparison.Ordinal));
                return prefix is null ? name : name.Substring(prefix.Length);
            }

            return name;
        }

        private static BoundValue Sid(params string[] kinds) => new(string.Empty, "sid", null, kinds, false);

        private static BoundValue UniqueNameOr(string kind) => new(string.Empty, "sid", null, new[] { kind }, true);

        private static BoundValue Credential() => new(string.Empty, "credential", null, Array.Empty<string>(), false);
    }
}
