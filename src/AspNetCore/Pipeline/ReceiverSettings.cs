using System;
using System.Linq;
using Microsoft.AspNetCore.Http;

namespace ConversationHooks.AspNetCore.Pipeline
{
    /// <summary>One version of an endpoint's options and what is built from them once: the validator with its secrets, the accepted hosts.</summary>
    internal sealed class ReceiverSettings
    {
        private readonly string[] _acceptedHosts;

        public ReceiverSettings(string name, ConversationHooksOptions options)
        {
            if (!options.AllAuthTokens().Any() && options.SharedKeys.Count == 0)
            {
                throw new InvalidOperationException($"The options named '{name}' have no auth token: register them with builder.Services.AddConversationHooks(\"{name}\", configuration) before hooks.UseOptions(\"{name}\").");
            }

            Options = options;
            Validator = new TwilioRequestValidator(options.AllAuthTokens(), options.SharedKeys.Select(key => new TwilioSharedKey(key.Id!, key.Secret!, key.Algorithm)));
            _acceptedHosts = options.PublicBaseUrl is null ? options.AcceptedHosts.Where(host => !string.IsNullOrWhiteSpace(host)).Select(host => host.Trim()).ToArray() : Array.Empty<string>();
        }

        public ConversationHooksOptions Options { get; }

        public TwilioRequestValidator Validator { get; }

        /// <summary>
        /// Whether the request's host may choose the signed URL: any host when none is pinned (or
        /// <see cref="ConversationHooksOptions.PublicBaseUrl"/> fixes the URL); else one of
        /// <see cref="ConversationHooksOptions.AcceptedHosts"/>, with or without its port, in any case.
        /// </summary>
        public bool AcceptsHost(HostString host)
        {
            if (_acceptedHosts.Length == 0)
            {
                return true;
            }

            foreach (var accepted in _acceptedHosts)
            {
                if (string.Equals(accepted, host.Value, StringComparison.OrdinalIgnoreCase) || string.Equals(accepted, host.Host, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
