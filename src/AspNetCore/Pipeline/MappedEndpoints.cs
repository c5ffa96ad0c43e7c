using System;
using System.Collections.Concurrent;

namespace ConversationHooks.AspNetCore.Pipeline
{
    /// <summary>The hooks each endpoint of the app was mapped with, by endpoint name, for the events a worker dispatches after the request.</summary>
    internal sealed class MappedEndpoints
    {
        private readonly ConcurrentDictionary<string, WebhookHooks?> _hooks = new(StringComparer.Ordinal);

        /// <summary>The name an endpoint's events are stored under: its pattern, after its options' name when it has named options.</summary>
        public static string NameOf(string optionsName, string pattern) => optionsName.Length == 0 ? pattern : optionsName + ":" + pattern;

        /// <summary>Adds a mapped endpoint; a second endpoint of the same name (the same pattern in two route groups) makes the name ambiguous.</summary>
        public void Add(string name, WebhookHooks hooks) => _hooks.AddOrUpdate(name, hooks, static (_, _) => null);

        /// <exception cref="InvalidOperationException">No endpoint, or more than one, has that name in this app.</exception>
        public WebhookHooks Find(string name)
        {
            if (!_hooks.TryGetValue(name, out var hooks))
            {
                throw new InvalidOperationException($"No Conversations webhook endpoint named '{name}' is mapped in this app: a worker calls the handlers of the endpoint that received the event, so map it (MapConversationsWebhooks) in every app that runs the worker.");
            }

            return hooks ?? throw new InvalidOperationException($"More than one Conversations webhook endpoint is named '{name}' (the same pattern and options in two route groups): give them different options or patterns.");
        }
    }
}
