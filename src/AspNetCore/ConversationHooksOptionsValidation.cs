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
        private const long MaxBodySizeLimit = 16 * 1024 * 1024;
        private static readonly TimeSpan MaxDuplicateWindow = TimeSpan.FromDays(30);

        private readonly string _name;
        private readonly string _section;

        public ConversationHooksOptionsValidation(string name, string section)
        {
            _name = name;
            _section = section;
        }

        public ValidateOptionsResult Validate(string? name, ConversationHooksOptions options)
        {
            if ((name ?? Options.DefaultName) != _name)
            {
                return ValidateOptionsResult.Skip;
            }

            var problems = new List<string>();
            if (!options.AllAuthTokens().Any() && options.SharedKeys.Count == 0)
            {
                problems.Add($"No Twilio auth token is configured: set '{Key("AuthToken")}' (environment variable {Key("AuthToken").Replace(":", "__")}), or '{Key("AuthTokens:0")}', '{Key("AuthTokens:1")}' during a rotation. An API key ('{Key("ApiKeySid")}', '{Key("ApiKeySecret")}') serves the API client only: Twilio signs webhooks with the auth token.");
            }

            for (var i = 0; i < options.SharedKeys.Count; i++)
            {
                var key = options.SharedKeys[i];
                if (key is null || string.IsNullOrEmpty(key.Id) || string.IsNullOrEmpty(key.Secret) || key.Algorithm is not (TwilioSharedKeyAlgorithm.HmacSha256 or TwilioSharedKeyAlgorithm.HmacSha1))
                {
                    problems.Add($"'{Key($"SharedKeys:{i}")}' needs an 'Id', a 'Secret' and an 'Algorithm' of HmacSha256 (the default) or HmacSha1.");
                }
            }

            if (options.MaxBodySize <= 0 || options.MaxBodySize > MaxBodySizeLimit)
            {
                problems.Add($"'{Key("MaxBodySize")}' is {options.MaxBodySize}; it must be a positive number of bytes, at most {MaxBodySizeLimit} (Twilio's events are a few KB).");
            }

            if (options.PreActionBudget <= TimeSpan.Zero || options.PreActionBudget > ConversationHooksOptions.MaxPreActionBudget)
            {
                problems.Add($"'{Key("PreActionBudget")}' is {options.PreActionBudget}; it must be positive and at most {ConversationHooksOptions.MaxPreActionBudget} (Twilio waits 5 seconds from its request to the answer).");
            }

            if (options.DuplicateWindow < TimeSpan.Zero || options.DuplicateWindow > MaxDuplicateWindow)
            {
                problems.Add($"'{Key("DuplicateWindow")}' is {options.DuplicateWindow}; it must be zero (off) or positive, at most {MaxDuplicateWindow.TotalDays} days.");
            }

            if (options.DuplicateCacheTimeout <= TimeSpan.Zero || options.DuplicateCacheTimeout > ConversationHooksOptions.MaxPreActionBudget)
            {
                problems.Add($"'{Key("DuplicateCacheTimeout")}' is {options.DuplicateCacheTimeout}; it must be positive and at most {ConversationHooksOptions.MaxPreActionBudget} (a pre-action event's look-up also ends with its budget).");
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
