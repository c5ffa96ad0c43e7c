using System.Collections.Generic;

namespace ConversationHooks.Spec.Findings
{
    /// <summary>
    /// Programmable Chat's webhook names and their Conversations counterparts (domain.md, "Programmable
    /// Chat names in Conversations code"). Conversations replaced Chat; code ported from it, and Twilio's
    /// own examples, still use Chat's names, which Conversations never sends. A fact about Twilio's product
    /// history rather than about a spec, so a table here: a counterpart the spec does not know is never offered.
    /// Chat's pre-event names map to pre-action filters and its post-event names to post-action ones.
    /// </summary>
    internal static class ChatFilterNames
    {
        private static readonly Dictionary<string, string> Counterparts = new(System.StringComparer.Ordinal)
        {
            ["onMessageSend"] = "onMessageAdd",
            ["onMediaMessageSend"] = "onMessageAdd",
            ["onMessageSent"] = "onMessageAdded",
            ["onMediaMessageSent"] = "onMessageAdded",
            ["onChannelAdd"] = "onConversationAdd",
            ["onChannelAdded"] = "onConversationAdded",
            ["onChannelUpdate"] = "onConversationUpdate",
            ["onChannelUpdated"] = "onConversationUpdated",
            ["onChannelDestroy"] = "onConversationRemove",
            ["onChannelDestroyed"] = "onConversationRemoved",
            ["onMemberAdd"] = "onParticipantAdd",
            ["onMemberAdded"] = "onParticipantAdded",
            ["onMemberUpdate"] = "onParticipantUpdate",
            ["onMemberUpdated"] = "onParticipantUpdated",
            ["onMemberRemove"] = "onParticipantRemove",
            ["onMemberRemoved"] = "onParticipantRemoved",
        };

        /// <summary>The Conversations name of a Chat webhook name; null when <paramref name="chatName"/> is not one.</summary>
        public static string? CounterpartOf(string chatName) => Counterparts.TryGetValue(chatName, out var name) ? name : null;
    }
}
