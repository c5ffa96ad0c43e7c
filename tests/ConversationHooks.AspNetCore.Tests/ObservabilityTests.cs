using System.Linq;
using System.Net;
using ConversationHooks.AspNetCore.Tests.Support;
using Microsoft.Extensions.Logging;

namespace ConversationHooks.AspNetCore.Tests;

/// <summary>Logs name the event type, a SID, the outcome and the duration, never a secret or a message text; metrics count and time events.</summary>
public class ObservabilityTests
{
    private const string Category = "ConversationHooks.AspNetCore.ConversationsWebhook";
    private static readonly string MessageAdd = Fixture.ReadEvent("onMessageAdd");

    [Fact]
    public async Task An_answered_event_is_logged_with_its_type_sid_outcome_and_duration()
    {
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdd(e => e.Reject()));

        using var response = await receiver.PostAsync(MessageAdd);

        var line = Assert.Single(receiver.Logs.Of(Category), l => l.Level == LogLevel.Information);
        Assert.Matches("^Conversations webhook onMessageAdd for MB1234567890abcdef1234567890abcdef: rejected, answered 403 in [0-9.]+ ms$", line.Message);
    }

    [Fact]
    public async Task No_log_line_holds_a_token_and_none_at_information_holds_the_message_body()
    {
        await using var receiver = await Receiver.StartAsync(
            hooks => hooks.OnMessageAdd(e => MessageAddAnswer.Change(body: "[changed text]")),
            new Dictionary<string, string?> { ["Twilio:AuthToken"] = Receiver.Token, ["Twilio:AuthTokens:0"] = Receiver.SecondToken });

        using var answered = await receiver.PostAsync(MessageAdd, idempotencyToken: "delivery-1");
        using var duplicate = await receiver.PostAsync(MessageAdd, idempotencyToken: "delivery-1");
        using var refused = await receiver.PostAsync(MessageAdd, token: "another-accounts-token");

        var lines = receiver.Logs.Lines;
        Assert.Contains(lines, l => l.Category == Category && l.Message.Contains("onMessageAdd"));
        Assert.DoesNotContain(lines, l => l.ToString().Contains(Receiver.Token) || l.ToString().Contains(Receiver.SecondToken));
        Assert.DoesNotContain(lines, l => l.Level >= LogLevel.Information && (l.Message.Contains("welcome") || l.Message.Contains("[changed text]")));
    }

    [Fact]
    public async Task Events_signature_failures_and_handler_durations_are_measured()
    {
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdd(e => e.Continue()));
        using var measurements = new Measurements(receiver);

        using var answered = await receiver.PostAsync(MessageAdd);
        using var refused = await receiver.PostAsync(MessageAdd, token: "another-accounts-token");

        var recorded = measurements.Items;
        Assert.Contains(("conversationhooks.webhook.events", 1d, "conversationhooks.event.type=onMessageAdd,conversationhooks.outcome=continued"), recorded);
        Assert.Contains(("conversationhooks.webhook.signature_failures", 1d, "error.type=SignatureMismatch"), recorded);
        var duration = Assert.Single(recorded, m => m.Instrument == "conversationhooks.webhook.handler.duration");
        Assert.Equal("conversationhooks.event.type=onMessageAdd,conversationhooks.outcome=continued", duration.Tags);
        Assert.True(duration.Value >= 0);
    }

}
