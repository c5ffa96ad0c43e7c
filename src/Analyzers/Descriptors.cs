using ConversationHooks.Spec;
using ConversationHooks.Spec.Findings;
using Microsoft.CodeAnalysis;

namespace ConversationHooks.Analyzers
{
    /// <summary>
    /// The analyzers' diagnostics (CWH001-CWH009), each linked to its page in docs/diagnostics. The messages the
    /// audit tool also reports live in <see cref="FindingMessages"/>.
    /// </summary>
    internal static class Descriptors
    {
        public static readonly DiagnosticDescriptor UnknownFilter = Create(
            DiagnosticIds.UnknownFilter,
            "Unknown webhook filter",
            FindingMessages.UnknownFilter,
            "ConversationHooks.Usage",
            DiagnosticSeverity.Error,
            "Twilio accepts any string as a filter and silently never fires a webhook for a name it does not know.");

        public static readonly DiagnosticDescriptor FilterNotDeliveredAtScope = Create(
            DiagnosticIds.FilterNotDeliveredAtScope,
            "Filter not delivered at this scope",
            FindingMessages.FilterNotDeliveredAtScope,
            "ConversationHooks.Usage",
            DiagnosticSeverity.Warning,
            "Some events are delivered only at some scopes: no user events at service scope, no pre-action events on conversation-scoped webhooks.");

        public static readonly DiagnosticDescriptor MalformedSid = Create(
            DiagnosticIds.MalformedSid,
            "Malformed SID",
            "{0}",
            "ConversationHooks.Usage",
            DiagnosticSeverity.Error,
            "A SID is two upper-case letters and 32 hex digits; Twilio answers a malformed one with 404 at run time.");

        public static readonly DiagnosticDescriptor WrongSidKind = Create(
            DiagnosticIds.WrongSidKind,
            "SID of the wrong kind",
            "'{0}' is {1}, but {2} takes {3}",
            "ConversationHooks.Usage",
            DiagnosticSeverity.Error,
            "The prefix of a SID names the kind of resource; a SID of another kind is never found.");

        public static readonly DiagnosticDescriptor InvalidMethodOrTarget = Create(
            DiagnosticIds.InvalidMethodOrTarget,
            "Method or target not accepted at this scope",
            FindingMessages.InvalidMethodOrTarget,
            "ConversationHooks.Usage",
            DiagnosticSeverity.Error,
            "Each scope accepts its own methods and targets; Twilio's SDK types take any string.");

        public static readonly DiagnosticDescriptor HardCodedCredential = Create(
            DiagnosticIds.HardCodedCredential,
            "Credential hard-coded in source",
            "A credential is hard-coded in source for '{0}'; read it from configuration or a secret store",
            "ConversationHooks.Security",
            DiagnosticSeverity.Warning,
            "Auth tokens and API key secrets in source end up in version control and build logs.");

        public static readonly DiagnosticDescriptor UseFilterConstant = Create(
            DiagnosticIds.UseFilterConstant,
            "Filter literal can use the generated constant",
            "'{0}' can be written as {1}",
            "ConversationHooks.Style",
            DiagnosticSeverity.Info,
            "The generated constants of WebhookFilterNames are checked by the compiler and found by the IDE.");

        public static readonly DiagnosticDescriptor PlaceholderSid = Create(
            DiagnosticIds.PlaceholderSid,
            "Placeholder SID",
            "'{0}' is a placeholder SID, replace it before it reaches Twilio ({1} takes {2})",
            "ConversationHooks.Usage",
            DiagnosticSeverity.Warning,
            "Twilio's samples and tests write SIDs as a prefix and 32 'X' (ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX); copied code and tests behind a mocked client keep building, and the placeholder is found before it is sent.");

        public static readonly DiagnosticDescriptor PreActionFilterWithoutPreEventUrl = Create(
            DiagnosticIds.PreActionFilterWithoutPreEventUrl,
            "Pre-action filter without a pre-event URL",
            FindingMessages.PreActionFilterWithoutPreEventUrl,
            "ConversationHooks.Usage",
            DiagnosticSeverity.Warning,
            "Twilio sends pre-action events only to the pre-event URL; a call that sets webhook URLs but not that one subscribes to an event that is never delivered.");

        private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, string description)
            => new(
                id,
                title,
                message,
                category,
                severity,
                isEnabledByDefault: true,
                description,
                helpLinkUri: HelpLinks.For(id));
    }
}
