using System.Collections.Generic;
using System.Linq;
using System.Net;
using ConversationHooks.AspNetCore.Tests.Support;
using CsCheck;
using Microsoft.Extensions.Logging;

namespace ConversationHooks.AspNetCore.Tests;

/// <summary>
/// A request Twilio signed is never refused for its payload: requests shaped like real traffic reach their
/// handlers, values that cannot be read are left out and reported, and a request that is no event reaches
/// <c>OnUnreadable</c> with its pairs and is answered as its phase wants.
/// </summary>
public class RealTrafficTests
{
    private const string Category = "ConversationHooks.AspNetCore.ConversationsWebhook";
    private const string Hex = "1234567890abcdef1234567890abcdef";

    public static IEnumerable<object[]> Requests() => Fixture.RealTrafficNames();

    /// <summary>Maps a recording handler for every event type the real-traffic fixtures hold.</summary>
    private static void RecordEveryEvent(ConversationsWebhookHooks hooks, Recorded<WebhookEvent> handled)
    {
        hooks.OnMessageAdd(e =>
        {
            handled.Add(e);
            return e.Reject();
        });
        hooks.OnMessageAdded(handled.Add);
        hooks.OnDeliveryUpdated(handled.Add);
        hooks.OnConversationStateUpdated(handled.Add);
        hooks.OnConversationAdd(e =>
        {
            handled.Add(e);
            return ConversationAddAnswer.Change(friendlyName: "From " + e.MessagingBindingAddress?.FirstOrDefault());
        });
        hooks.OnParticipantAdded(handled.Add);
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Each_real_shaped_request_reaches_its_handler_with_nothing_unread(string name)
    {
        var handled = new Recorded<WebhookEvent>();
        await using var receiver = await Receiver.StartAsync(hooks => RecordEveryEvent(hooks, handled));
        var body = Fixture.ReadRealTraffic(name);

        using var response = await receiver.PostAsync(body);

        var e = handled.Single();
        Assert.Equal(name.Substring(0, name.IndexOf('-')), e.EventType.WireName);
        Assert.Empty(e.UnreadParameters);
        Assert.Equal(body, e.ToFormBody());
        var expected = name switch
        {
            "onMessageAdd-api-author" => HttpStatusCode.Forbidden,
            _ => HttpStatusCode.OK,
        };
        Assert.Equal(expected, response.StatusCode);
        if (name == "onConversationAdd-inbound-sms")
        {
            Assert.Equal("{\"friendly_name\":\"From +15551234567\"}", await response.Content.ReadAsStringAsync());
        }

        Assert.DoesNotContain(receiver.Logs.Of(Category), l => l.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task A_value_that_cannot_be_read_is_left_out_logged_and_counted_and_the_handler_runs()
    {
        var handled = new Recorded<MessageAddedEvent>();
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdded(handled.Add));
        using var measurements = new Measurements(receiver);
        var body = Fixture.ReadRealTraffic("onMessageAdded-2025").Replace("Index=12", "Index=twelve").Replace("DateCreated=2025-11-03T09%3A12%3A45.902Z", "DateCreated=3+Nov+2025");

        using var response = await receiver.PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var e = handled.Single();
        Assert.Null(e.Index);
        Assert.Null(e.DateCreated);
        Assert.Equal(new[] { "DateCreated", "Index" }, e.UnreadParameters.Select(u => u.Name));
        Assert.Equal("twelve", e.Form.GetValue("Index"));
        var warning = Assert.Single(receiver.Logs.Of(Category), l => l.Level == LogLevel.Warning);
        Assert.Contains("onMessageAdded", warning.Message);
        Assert.Contains("'Index': 'twelve' is not an integer.", warning.Message);
        Assert.Contains("'DateCreated'", warning.Message);
        Assert.Contains(("conversationhooks.webhook.unread_parameters", 1d, "conversationhooks.event.type=onMessageAdded,conversationhooks.parameter.name=Index"), measurements.Items);
        Assert.Contains(("conversationhooks.webhook.unread_parameters", 1d, "conversationhooks.event.type=onMessageAdded,conversationhooks.parameter.name=DateCreated"), measurements.Items);
        Assert.Contains(("conversationhooks.webhook.events", 1d, "conversationhooks.event.type=onMessageAdded,conversationhooks.outcome=handled"), measurements.Items);
    }

    [Fact]
    public async Task A_post_action_request_without_what_identifies_it_reaches_OnUnreadable_with_its_pairs_and_gets_200()
    {
        var handled = new Recorded<MessageAddedEvent>();
        var unreadable = new Recorded<UnreadableWebhookEvent>();
        await using var receiver = await Receiver.StartAsync(hooks =>
        {
            hooks.OnMessageAdded(handled.Add);
            hooks.OnUnreadable(unreadable.Add);
        });
        using var measurements = new Measurements(receiver);
        var body = Fixture.ReadRealTraffic("onMessageAdded-2021").Replace($"MessageSid=IM{Hex}&", string.Empty);

        using var response = await receiver.PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(handled.Items);
        var seen = unreadable.Single();
        Assert.Equal("onMessageAdded", seen.EventType);
        Assert.False(seen.IsPreAction);
        Assert.Equal("MessageAddedEvent requires 'MessageSid', but the form does not have it.", seen.Reason);
        Assert.Equal(FormReader.Parse(body), seen.Form);
        Assert.Contains(receiver.Logs.Of(Category), l => l.Level == LogLevel.Warning && l.Message.Contains("MessageAddedEvent requires 'MessageSid'"));
        Assert.Contains(("conversationhooks.webhook.events", 1d, "conversationhooks.event.type=onMessageAdded,conversationhooks.outcome=unreadable"), measurements.Items);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.OK)]
    [InlineData("Reject", HttpStatusCode.Forbidden)]
    public async Task A_pre_action_request_without_what_identifies_it_is_answered_as_PreActionFailure_says(string? failure, HttpStatusCode expected)
    {
        var unreadable = new Recorded<UnreadableWebhookEvent>();
        var settings = new Dictionary<string, string?> { ["Twilio:AuthToken"] = Receiver.Token };
        if (failure is not null)
        {
            settings["Twilio:PreActionFailure"] = failure;
        }

        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnUnreadable(unreadable.Add), settings);
        var body = Fixture.ReadRealTraffic("onMessageAdd-api-author").Replace($"ConversationSid=CH{Hex}", $"ConversationSid=CH{Hex.Substring(1)}");

        using var response = await receiver.PostAsync(body);

        Assert.Equal(expected, response.StatusCode);
        var seen = unreadable.Single();
        Assert.True(seen.IsPreAction);
        Assert.StartsWith("MessageAddEvent requires 'ConversationSid': ", seen.Reason);
    }

    [Fact]
    public async Task A_request_without_an_event_type_and_without_an_observer_is_answered_200()
    {
        await using var receiver = await Receiver.StartAsync(hooks => { });

        using var response = await receiver.PostAsync($"AccountSid=AC{Hex}&Body=hello");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(receiver.Logs.Of(Category), l => l.Level == LogLevel.Warning && l.Message.Contains("requires 'EventType'"));
    }

    [Fact]
    public async Task A_throwing_OnUnreadable_observer_of_a_post_action_request_is_a_500_and_an_error()
    {
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnUnreadable(_ => throw new InvalidOperationException("store unavailable")));

        using var response = await receiver.PostAsync(Fixture.ReadRealTraffic("onDeliveryUpdated-sent").Replace($"DeliveryReceiptSid=DY{Hex}&", string.Empty));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains(receiver.Logs.Of(Category), l => l.Level == LogLevel.Error && l.Exception?.Message == "store unavailable");
    }

    private static readonly string[] Garbage = { string.Empty, "x", "-1.5", "2021-13-45T99:99:99Z", "{", "[{]", "True", "99999999999", "CH" + Hex, "\u00e9\u00e8", "%", "sms" };

    [Fact]
    public async Task A_signed_request_with_any_subset_of_its_parameters_and_garbage_in_them_is_never_answered_400()
    {
        var names = Fixture.EventNames().Select(n => (string)n[0]).ToArray();
        var statuses = new Recorded<(string Body, HttpStatusCode Status)>();
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnUnreadable(_ => { }));
        var requests = Gen.Select(Gen.Int[0, names.Length - 1], Gen.Int[0, 3].Array[24], Gen.Int[0, Garbage.Length - 1].Array[24], (index, fate, garbage) => (index, fate, garbage));

        await requests.SampleAsync(
            async t =>
            {
                // Each pair is kept, dropped, given a garbage value, or its name is dropped with its value kept on another.
                var pairs = FormReader.Parse(Fixture.ReadEvent(names[t.index]))
                    .Select((p, i) => (p, fate: t.fate[i % 24], garbage: Garbage[t.garbage[i % 24]]))
                    .Where(x => x.fate != 1)
                    .Select(x => x.fate == 2 ? new KeyValuePair<string, string>(x.p.Key, x.garbage) : x.p)
                    .ToList();
                var body = string.Join("&", pairs.Select(p => WebUtility.UrlEncode(p.Key) + "=" + WebUtility.UrlEncode(p.Value)));
                using var response = await receiver.PostAsync(body);
                // No handler is mapped: a readable event is unhandled, an unreadable one observed; both are 200.
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode} for {body}");
            },
            iter: 300);
    }
}
