using System.Globalization;
using System.Linq;

namespace ConversationHooks.AspNetCore.Redis.Tests.Support;

/// <summary>Distinct events built from the fixtures: message <c>n</c> has its own MessageSid and index, as Twilio's events of different messages do.</summary>
internal static class Events
{
    private static readonly WebhookForm Added = WebhookForm.Parse(Fixture.ReadEvent("onMessageAdded"));
    private static readonly WebhookForm Add = WebhookForm.Parse(Fixture.ReadEvent("onMessageAdd"));

    /// <summary>The onMessageAdded of message <paramref name="n"/> (no idempotency token: its claim key is derived from it).</summary>
    public static string MessageAdded(int n) => With(Added, ("MessageSid", "IM" + n.ToString("x32", CultureInfo.InvariantCulture)), ("Index", n.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The onMessageAdd of message <paramref name="n"/>: its body names the message.</summary>
    public static string MessageAdd(int n) => With(Add, ("Body", "message " + n.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The message an event of <see cref="MessageAdded"/> is about.</summary>
    public static int MessageOf(MessageAddedEvent e) => e.Index!.Value;

    private static string With(WebhookForm form, params (string Key, string Value)[] values)
        => WebhookForm.FromPairs(form.Select(pair => values.FirstOrDefault(v => v.Key == pair.Key) is { Key: not null } v ? new KeyValuePair<string, string>(pair.Key, v.Value) : pair)).ToFormBody();
}
