using Microsoft.Extensions.Logging;

namespace ConversationHooks.Samples.Receiver
{
    /// <summary>The sample's own log lines (LoggerMessage; its generator cannot see the generated SID types, so SIDs are passed as text). Never the message text.</summary>
    internal static partial class ReceiverLog
    {
        [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "onMessageAdded: {Author} added message #{Index} to {ConversationSid}")]
        public static partial void MessageAdded(ILogger logger, string? author, int? index, string conversationSid);

        [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "{EventType}: no handler here, answered 200")]
        public static partial void Unhandled(ILogger logger, string eventType);

        [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "{EventType}: not an event this receiver can read ({Reason}), answered without a handler")]
        public static partial void Unreadable(ILogger logger, string eventType, string reason);
    }
}
