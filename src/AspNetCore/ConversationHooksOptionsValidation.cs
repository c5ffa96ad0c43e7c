using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Options;

namespace ConversationHooks.AspNetCore
{
    /// <summary>
    /// Checks the options when the host starts (<c>ValidateOnStart</c>), so that a missing token stops the
    /// app with a message naming the configuration keys, not the first request Twilio sends. Messages name
    /// keys, never values.
    /// </summary>
    internal sealed class ConversationHooksOptionsValidation : IValidateOptions<ConversationHooksOptions>
    {
        private readonly string _section;

        public ConversationHooksOptionsValidation(string section) => _section = section;

        public ValidateOptionsResult Validate(string? name, ConversationHooksOptions options)
        {
            var problems = new List<string>();
            if (!options.AllAuthTokens().Any())
            {
                problems.Add($"No Twilio auth token is configured: set '{Key("AuthToken")}' (environment variable {Key("AuthToken").Replace(":", "__")}), or '{Key("AuthTokens:0")}', '{Key("AuthTokens:1")}' during a rotation. An API key ('{Key("ApiKeySid")}', '{Key("ApiKeySecret")}') serves the API client only: Twilio signs webhooks with the auth token.");
            }

            if (options.MaxBodySize <= 0)
            {
                problems.Add($"'{Key("MaxBodySize")}' is {options.MaxBodySize}; it must be a positive number of bytes.");
            }

            if (options.PreActionBudget <= TimeSpan.Zero)
            {
                problems.Add($"'{Key("PreActionBudget")}' is {options.PreActionBudget}; it must be positive (Twilio waits 5 seconds).");
            }

            if (options.DuplicateWindow < TimeSpan.Zero)
            {
                problems.Add($"'{Key("DuplicateWindow")}' is {options.DuplicateWindow}; it must be zero (off) or positive.");
            }

            if (options.DuplicateCacheTimeout <= TimeSpan.Zero)
            {
                problems.Add($"'{Key("DuplicateCacheTimeout")}' is {options.DuplicateCacheTimeout}; it must be positive.");
            }

            if (options.ReadMode is not (WebhookReadMode.Tolerant or WebhookReadMode.Strict))
            {
                problems.Add($"'{Key("ReadMode")}' is {options.ReadMode}; it must be Tolerant or Strict.");
            }

            if (options.PublicBaseUrl is { } url && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp) || url.Query.Length > 0 || url.Fragment.Length > 0))
            {
                problems.Add($"'{Key("PublicBaseUrl")}' must be an absolute http or https URL without query or fragment, such as 'https://hooks.example.com'.");
            }

            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }

        private string Key(string key) => _section.Length == 0 ? key : _section + ":" + key;
    }
}
