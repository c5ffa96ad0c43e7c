// ConversationHooks quickstart: the types below are generated at build time from the built-in
// webhook-spec.json. Run with: dotnet run --project samples/Quickstart
using System;
using System.Linq;
using ConversationHooks;

Console.WriteLine("== Twilio Conversations webhook filters, by phase and scope ==");
foreach (var phase in new[] { WebhookPhase.Pre, WebhookPhase.Post })
{
    foreach (var scope in new[] { WebhookScope.Account, WebhookScope.Service, WebhookScope.Conversation })
    {
        var names = Enum.GetValues<WebhookFilter>()
            .Where(f => f.GetPhase() == phase && f.IsAcceptedAt(scope))
            .Select(f => f.GetWireName());
        var list = string.Join(", ", names);
        Console.WriteLine($"{phase}-action at {scope} scope: {(list.Length == 0 ? "(none delivered here)" : list)}");
    }
}

Console.WriteLine();
Console.WriteLine("== Form body of Twilio's docs update example (POST /v1/Configuration/Webhooks) ==");
var update = new AccountWebhookUpdateRequest(
    method: AccountWebhookMethod.Post,
    filters: new WebhookFilterValue[] { WebhookFilter.OnConversationUpdated, WebhookFilter.OnMessageRemoved },
    preWebhookUrl: "https://company.com/filtering-and-permissions",
    postWebhookUrl: "https://company.com/archive-every-action");
Console.WriteLine(update.ToFormBody());

Console.WriteLine();
Console.WriteLine("== Parsing Twilio's docs fetch example (GET /v1/Configuration/Webhooks) ==");
const string fetchExample = """
    {
      "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "pre_webhook_url": "https://example.com/pre",
      "post_webhook_url": "https://example.com/post",
      "method": "GET",
      "filters": ["onMessageSend", "onConversationUpdated"],
      "target": "webhook",
      "url": "https://conversations.twilio.com/v1/Configuration/Webhooks"
    }
    """;
var configuration = AccountWebhookConfiguration.FromJson(fetchExample);
Console.WriteLine($"account {configuration.AccountSid}, method {configuration.Method}, target {configuration.Target}");
foreach (var filter in configuration.Filters ?? Array.Empty<WebhookFilterValue>())
{
    Console.WriteLine(filter.TryGetValue(out var known)
        ? $"  {filter.WireName}: {known.GetPhase()}-action {known.GetResource()} event"
        : $"  {filter.WireName}: NOT a Conversations filter (kept as sent; Twilio would never fire it)");
}
