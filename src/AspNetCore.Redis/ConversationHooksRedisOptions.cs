using System;

namespace ConversationHooks.AspNetCore.Redis
{
    /// <summary>
    /// How the endpoint uses Redis across machines (configuration section bound by
    /// <c>AddConversationHooksRedis(builder.Configuration.GetSection("Twilio:Redis"))</c>): the connection, the
    /// claims of deliveries, and the stream post-action events are handed off to and processed from.
    /// </summary>
    public sealed class ConversationHooksRedisOptions
    {
        /// <summary>The StackExchange.Redis configuration string (<c>redis:6379</c>, <c>redis:6379,password=...</c>). Required unless the app registers an <c>IConnectionMultiplexer</c>.</summary>
        public string? Configuration { get; set; }

        /// <summary>What every key starts with (claims, the stream, its dead letters): apps sharing a Redis use different prefixes. Default <c>conversationhooks:</c>.</summary>
        public string KeyPrefix { get; set; } = "conversationhooks:";

        /// <summary>How long a delivery's claim lives before it is answered: a receiver that crashed mid-handler gives the event up after this, and a redelivery runs it. Default 30 seconds.</summary>
        public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>
        /// True: a post-action event with a handler is answered 200 only once appended to the stream (503 and an
        /// error log when it cannot be), and its handler runs in a worker. Default false: handlers run while Twilio waits.
        /// </summary>
        public bool HandOffPostActionEvents { get; set; }

        /// <summary>True: this app runs a worker that processes the stream with the handlers of its endpoints (map them here too). Default false.</summary>
        public bool ProcessStoredEvents { get; set; }

        /// <summary>How long appending an event to the stream may take before the delivery is answered 503. Default 2 seconds.</summary>
        public TimeSpan StreamTimeout { get; set; } = TimeSpan.FromSeconds(2);

        /// <summary>How many times a worker calls a handler for one event (across workers) before moving it to the dead-letter stream. Default 5.</summary>
        public int MaxAttempts { get; set; } = 5;

        /// <summary>The wait after a first failure; it doubles after each next one, up to <see cref="MaxRetryDelay"/>. Default 1 second.</summary>
        public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>The longest wait between two attempts. Default 30 seconds.</summary>
        public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>
        /// How long an event taken by a worker may go without sign of life before another worker reclaims it
        /// (the worker died). A live worker renews its events every third of this, so a slow handler keeps its
        /// event. Default 1 minute.
        /// </summary>
        public TimeSpan ReclaimAfter { get; set; } = TimeSpan.FromMinutes(1);

        /// <summary>How many events a worker handles at once. Default 16.</summary>
        public int MaxConcurrency { get; set; } = 16;

        /// <summary>This worker's name in the consumer group; unique per process. Default the machine name and the process id.</summary>
        public string ConsumerName { get; set; } = $"{Environment.MachineName}:{Environment.ProcessId}";

        /// <summary>How often a worker samples the stream's length, pending entries and dead letters for the metrics. Default 5 seconds.</summary>
        public TimeSpan MetricsInterval { get; set; } = TimeSpan.FromSeconds(5);
    }
}
