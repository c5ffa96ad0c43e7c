using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace ConversationHooks.Tool.Audit
{
    /// <summary>The audit's options as given, and their checked values: SIDs parsed, the base URL absolute.</summary>
    internal sealed record Arguments(string[] Services, string[] Conversations, string? BaseUrl, bool Json)
    {
        public bool TryResolve(
            out Uri? baseAddress, out List<ChatServiceSid> services, out List<ConversationRef> conversations, [NotNullWhen(false)] out string? error)
        {
            baseAddress = null;
            services = new List<ChatServiceSid>();
            conversations = new List<ConversationRef>();
            error = null;
            if (BaseUrl is not null && (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out baseAddress) || (baseAddress.Scheme != Uri.UriSchemeHttps && baseAddress.Scheme != Uri.UriSchemeHttp)))
            {
                error = $"--base-url: '{BaseUrl}' is not an absolute http or https URL.";
                return false;
            }

            if (baseAddress is not null && (baseAddress.UserInfo.Length > 0 || baseAddress.Query.Length > 0 || baseAddress.Fragment.Length > 0))
            {
                // Not quoted: user information would be a password.
                error = "--base-url: the URL must have no user information (credentials come from the environment), query or fragment.";
                return false;
            }

            try
            {
                foreach (var service in Services)
                {
                    services.Add(ChatServiceSid.Parse(service));
                }

                foreach (var conversation in Conversations)
                {
                    var slash = conversation.IndexOf('/');
                    conversations.Add(slash < 0
                        ? new ConversationRef(null, ConversationSid.Parse(conversation))
                        : new ConversationRef(ChatServiceSid.Parse(conversation.Substring(0, slash)), ConversationSid.Parse(conversation.Substring(slash + 1))));
                }
            }
            catch (Exception e) when (e is FormatException || e is ArgumentException)
            {
                error = e.Message;
                return false;
            }

            return true;
        }
    }
}
