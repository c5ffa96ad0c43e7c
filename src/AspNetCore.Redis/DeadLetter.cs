using System;
using ConversationHooks.AspNetCore.ScaleOut;

namespace ConversationHooks.AspNetCore.Redis
{
    /// <summary>An event whose handler kept failing, as the dead-letter stream holds it.</summary>
    public sealed class DeadLetter
    {
        internal DeadLetter(string id, StoredWebhookEvent? webhookEvent, int attempts, string error)
        {
            Id = id;
            Event = webhookEvent;
            Attempts = attempts;
            Error = error;
        }

        /// <summary>Its id in the dead-letter stream: what <see cref="RedisDeadLetters.ReplayAsync"/> takes.</summary>
        public string Id { get; }

        /// <summary>The stored event; null when the entry could not be read as one (then <see cref="Error"/> says why).</summary>
        public StoredWebhookEvent? Event { get; }

        /// <summary>How many times its handler was called.</summary>
        public int Attempts { get; }

        /// <summary>The last failure: the exception's type and message.</summary>
        public string Error { get; }

        /// <summary>The id, the event and the attempts.</summary>
        public override string ToString() => $"{Id}: {Event?.ToString() ?? "(unreadable)"} after {Attempts} attempts";
    }
}
