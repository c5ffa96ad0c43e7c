using System;
using System.Diagnostics.CodeAnalysis;

namespace ConversationHooks.Tool.Commands
{
    /// <summary><c>send</c>'s options as given, and the signed request they make.</summary>
    internal sealed record SendArguments(string Event, string To, string[] Sets, string[] Unsets, string? SignedUrl, bool Get, string? IdempotencyToken, bool Show)
    {
        public bool TryPrepare(ToolContext tool, [NotNullWhen(true)] out SignedWebhookRequest? request, [NotNullWhen(true)] out EventChoice? choice, [NotNullWhen(false)] out string? error)
        {
            request = null;
            if (!EventChoice.TryFind(Event, out choice, out error) || !FormEdits.TryCreate(Sets, Unsets, out var edits, out error))
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

        private static bool IsHttpUrl(string text)
            => Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
    }
}
