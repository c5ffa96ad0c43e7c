// Each line marked "// CWHnnn" holds one mistake that the ConversationHooks analyzers report.
// Build it with: dotnet build samples/Typos
using System;
using System.Collections.Generic;
using ConversationHooks;
using Twilio;
using Twilio.Rest.Conversations.V1.Configuration;
using ConversationWebhooks = Twilio.Rest.Conversations.V1.Conversation;
using ServiceWebhooks = Twilio.Rest.Conversations.V1.Service.Configuration;

internal static class Program
{
    private const string Conversation = "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    private static void Main()
    {
        TwilioClient.Init("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "0123456789abcdef0123456789abcdef"); // CWH006

        WebhookResource.Update(
            method: "POST",
            filters: new List<string>
            {
                "onMessageSend", // CWH001
                "onMessageAdded", // CWH007
            });

        ServiceWebhooks.WebhookResource.Update(
            "ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", // CWH003
            filters: new List<string> { WebhookFilterNames.OnUserUpdated }); // CWH002

        ServiceWebhooks.WebhookResource.Fetch(Conversation); // CWH004

        ConversationWebhooks.WebhookResource.Create(
            Conversation,
            "flex", // CWH005
            configurationFilters: new List<string> { WebhookFilterNames.OnMessageAdded });

        ConversationWebhooks.WebhookResource.Read("CHXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"); // CWH008

        WebhookResource.Update(postWebhookUrl: "https://example.com/post", filters: new List<string>
        {
            WebhookFilterNames.OnMessageAdd, // CWH009
        });

        Console.WriteLine("unreachable: the build fails");
    }
}
