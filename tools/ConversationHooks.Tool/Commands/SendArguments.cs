using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace ConversationHooks.Tool.Commands
{
    /// <summary><c>send</c>'s options as given, and the signed request they make.</summary>
    internal sealed record SendArguments(string Event, string To, string[] Sets, string[] Unsets, string? SignedUrl, bool Get, string? IdempotencyToken, bool Show)
    {
        private const string AccountSidName = "AccountSid";

        public bool TryPrepare(ToolContext tool, [NotNullWhen(true)] out SignedWebhookRequest? request, [NotNullWhen(true)] out EventChoice? choice, [NotNullWhen(false)] out string? error)
        {
            request = null;
            if (!EventChoice.TryFind(Event, out choice, out error) || !FormEdits.TryCreate(WithAccount(tool).Concat(Sets), Unsets, out var edits, out error))
            {
                return false;
            }

            if (!IsHttpUrl(To) || (SignedUrl is not null && !IsHttpUrl(SignedUrl)))
            {
                error = $"{(IsHttpUrl(To) ? "--signed-url" : "--to")}: not an absolute http or https URL.";
                return false;
            }

            var authToken = new EnvironmentCredentials(tool.Environment).ReadAuthToken();
            if (string.IsNullOrEmpty(authToken))
            {
                error = $"No auth token to sign with: set {EnvironmentCredentials.AuthTokenVariables} to the receiver's.";
                return false;
            }

            var form = edits.ApplyTo(WebhookEventSamples.Form(choice.Filter));
            var signer = new TwilioRequestSigner(authToken);
            request = Get
                ? SignedWebhookRequest.Get(To, form, signer, SignedUrl, IdempotencyToken)
                : SignedWebhookRequest.Post(To, form, signer, SignedUrl, IdempotencyToken);
            return true;
        }

        /// <summary>
        /// <c>AccountSid</c> unless the options set or unset it: the environment's (TWILIO_ACCOUNT_SID, Twilio__AccountSid), else,
        /// with an idempotency token, one drawn from the token, so that sending the same token again is a redelivery
        /// to the receiver (it knows a delivery by account and token); else the sample's own.
        /// </summary>
        private IEnumerable<string> WithAccount(ToolContext tool)
        {
            if (Sets.Concat(Unsets).Any(o => o == AccountSidName || o.StartsWith(AccountSidName + "=", StringComparison.Ordinal)))
            {
                return [];
            }

            var account = new EnvironmentCredentials(tool.Environment).ReadAccountSid();
            if (account is null && IdempotencyToken is not null)
            {
                account = "AC" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(IdempotencyToken)), 0, 16).ToLowerInvariant();
            }

            return account is null ? [] : [$"{AccountSidName}={account}"];
        }

        private static bool IsHttpUrl(string text)
            => Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
    }
}
