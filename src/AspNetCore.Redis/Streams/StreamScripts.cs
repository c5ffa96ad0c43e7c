namespace ConversationHooks.AspNetCore.Redis.Streams
{
    /// <summary>The Lua scripts that change the stream in one atomic step, so that no event is both acknowledged and lost, or dead-lettered twice.</summary>
    internal static class StreamScripts
    {
        /// <summary>The fields a dead letter carries beside the event's own, all starting with <see cref="DeadFieldPrefix"/>.</summary>
        public const string DeadFieldPrefix = "dead.";

        /// <summary>KEYS: events, attempts. ARGV: group, id. A handled event: acknowledged, deleted, its attempts forgotten.</summary>
        public const string Acknowledge = """
            redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
            redis.call('XDEL', KEYS[1], ARGV[2])
            redis.call('HDEL', KEYS[2], ARGV[2])
            return 1
            """;

        /// <summary>
        /// KEYS: events, dead letters, attempts. ARGV: group, id, attempts, error. Moves the entry to the dead
        /// letters with its attempts and last error, only if this worker's acknowledgement is the one that counts.
        /// </summary>
        public const string DeadLetter = """
            local entries = redis.call('XRANGE', KEYS[1], ARGV[2], ARGV[2])
            if redis.call('XACK', KEYS[1], ARGV[1], ARGV[2]) == 0 then return false end
            if #entries == 1 then
              local fields = entries[1][2]
              table.insert(fields, 'dead.source_id') table.insert(fields, ARGV[2])
              table.insert(fields, 'dead.attempts') table.insert(fields, ARGV[3])
              table.insert(fields, 'dead.error') table.insert(fields, ARGV[4])
              redis.call('XADD', KEYS[2], '*', unpack(fields))
            end
            redis.call('XDEL', KEYS[1], ARGV[2])
            redis.call('HDEL', KEYS[3], ARGV[2])
            return 1
            """;

        /// <summary>KEYS: events, dead letters. ARGV: dead letter id. Appends the event again without its dead-letter fields and deletes the dead letter; returns the new id, or nil when there is no such dead letter.</summary>
        public const string Replay = """
            local entries = redis.call('XRANGE', KEYS[2], ARGV[1], ARGV[1])
            if #entries == 0 then return false end
            local fields = entries[1][2]
            local event = {}
            for i = 1, #fields, 2 do
              if string.sub(fields[i], 1, 5) ~= 'dead.' then
                table.insert(event, fields[i]) table.insert(event, fields[i + 1])
              end
            end
            local id = redis.call('XADD', KEYS[1], '*', unpack(event))
            redis.call('XDEL', KEYS[2], ARGV[1])
            return id
            """;
    }
}
