using System.Linq;
using System.Text;
using CsCheck;

namespace ConversationHooks.Generated.Tests;

public class WebhookFilterTests
{
    [Fact]
    public void Constants_hold_the_wire_names()
    {
        Assert.Equal("onMessageAdded", WebhookFilterNames.OnMessageAdded);
        Assert.Equal("onMessageAdded", WebhookFilter.OnMessageAdded.GetWireName());
        Assert.Equal(23, WebhookFilterNames.All.Count);
    }

    [Fact]
    public void Every_filter_parses_back_from_its_wire_name_as_string_and_span()
    {
        foreach (var filter in Enum.GetValues<WebhookFilter>())
        {
            Assert.True(WebhookFilterNames.TryParse(filter.GetWireName(), out var fromString));
            Assert.True(WebhookFilterNames.TryParse(filter.GetWireName().AsSpan(), out var fromSpan));
            Assert.True(WebhookFilterNames.TryParse(Encoding.UTF8.GetBytes(filter.GetWireName()), out var fromUtf8));
            Assert.Equal(filter, fromString);
            Assert.Equal(filter, fromSpan);
            Assert.Equal(filter, fromUtf8);
        }
    }

    [Fact]
    public void Parsing_UTF8_agrees_with_parsing_text()
    {
        // Near misses of real names (one character changed, added or dropped), and any text at all.
        var names = WebhookFilterNames.All.ToArray();
        var nearMiss = Gen.Select(Gen.Int[0, names.Length - 1], Gen.Int[0, 30], Gen.Char, (n, at, c) =>
        {
            var name = names[n];
            var i = Math.Min(at, name.Length);
            return (at % 3) switch
            {
                0 => name.Substring(0, i) + c + name.Substring(Math.Min(i + 1, name.Length)),
                1 => name.Insert(i, c.ToString()),
                _ => name.Remove(Math.Min(i, name.Length - 1), 1),
            };
        });
        Gen.OneOf(nearMiss, Gen.String).Sample(text =>
        {
            var isText = WebhookFilterNames.TryParse(text, out var fromText);
            var isUtf8 = WebhookFilterNames.TryParse(Encoding.UTF8.GetBytes(text), out var fromUtf8);
            Assert.Equal(isText, isUtf8);
            Assert.Equal(fromText, fromUtf8);
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("OnMessageAdded")]
    [InlineData("onmessageadded")]
    [InlineData("onMessageSend")]
    [InlineData("onMessageAdded ")]
    [InlineData("")]
    [InlineData(null)]
    public void Parsing_is_exact_and_ordinal(string? wireName)
        => Assert.False(WebhookFilterNames.TryParse(wireName, out _));

    [Fact]
    public void Phases_and_counterparts_follow_the_spec()
    {
        Assert.Equal(10, Enum.GetValues<WebhookFilter>().Count(f => f.GetPhase() == WebhookPhase.Pre));
        Assert.Equal(13, Enum.GetValues<WebhookFilter>().Count(f => f.GetPhase() == WebhookPhase.Post));
        Assert.True(WebhookFilter.OnMessageAdd.TryGetCounterpart(out var post));
        Assert.Equal(WebhookFilter.OnMessageAdded, post);
        Assert.False(WebhookFilter.OnMessageAdded.TryGetCounterpart(out _));
        Assert.All(Enum.GetValues<WebhookFilter>().Where(f => f.GetPhase() == WebhookPhase.Pre), f => Assert.True(f.TryGetCounterpart(out _)));
        Assert.Equal(WebhookEventResource.Delivery, WebhookFilter.OnDeliveryUpdated.GetResource());
    }

    [Fact]
    public void Scopes_accept_what_Twilio_delivers_there()
    {
        var all = Enum.GetValues<WebhookFilter>();
        Assert.Equal(23, all.Count(f => f.IsAcceptedAt(WebhookScope.Account)));
        Assert.Equal(20, all.Count(f => f.IsAcceptedAt(WebhookScope.Service)));
        Assert.False(WebhookFilter.OnUserUpdated.IsAcceptedAt(WebhookScope.Service));
        Assert.All(all.Where(f => f.IsAcceptedAt(WebhookScope.Conversation)), f => Assert.Equal(WebhookPhase.Post, f.GetPhase()));
        Assert.Equal(10, all.Count(f => f.IsAcceptedAt(WebhookScope.AddressConfiguration)));
    }

    [Theory]
    [InlineData("Conversation")]
    [InlineData("AddressConfiguration")]
    public void Conversation_scoped_webhooks_accept_exactly_the_ten_post_action_filters_of_one_conversation(string scopeName)
    {
        var scope = Enum.Parse<WebhookScope>(scopeName);
        var expected = new[]
        {
            "onMessageAdded", "onMessageUpdated", "onMessageRemoved",
            "onConversationUpdated", "onConversationRemoved", "onConversationStateUpdated",
            "onParticipantAdded", "onParticipantUpdated", "onParticipantRemoved",
            "onDeliveryUpdated",
        };
        var accepted = Enum.GetValues<WebhookFilter>().Where(f => f.IsAcceptedAt(scope)).Select(f => f.GetWireName());
        Assert.Equal(expected.OrderBy(n => n, StringComparer.Ordinal), accepted.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void Method_wire_names_keep_each_scope_casing()
    {
        Assert.Equal("POST", AccountWebhookMethod.Post.GetWireName());
        Assert.Equal("post", ConversationWebhookMethod.Post.GetWireName());
        Assert.Equal(new[] { "webhook", "trigger", "studio" }, ConversationWebhookTargetNames.All);
    }

    [Theory]
    [InlineData("post")]
    [InlineData("POST")]
    [InlineData("Post")]
    [InlineData("pOsT")]
    public void A_method_in_any_ASCII_casing_is_known_and_written_in_the_scope_casing(string text)
    {
        Assert.True(AccountWebhookMethodNames.TryParse(text, out var account));
        Assert.Equal(AccountWebhookMethod.Post, account);
        Assert.True(ConversationWebhookMethodNames.TryParse(Encoding.UTF8.GetBytes(text), out var conversation));
        Assert.Equal(ConversationWebhookMethod.Post, conversation);
        Assert.True(AccountWebhookMethodValue.FromWireName(text).IsKnown);
        Assert.Equal("POST", AccountWebhookMethodValue.FromWireName(text).WireName);
        Assert.Equal("post", ConversationWebhookMethodValue.FromWireName(text).WireName);
        Assert.Equal("POST", ServiceWebhookConfiguration.FromJson($"{{\"method\": \"{text}\"}}").Method!.Value.WireName);
    }

    [Theory]
    [InlineData("po\u017Ft")]
    [InlineData("pos")]
    [InlineData("posts")]
    [InlineData("p0st")]
    public void A_method_that_differs_in_more_than_ASCII_case_is_unknown_and_kept(string text)
    {
        Assert.False(AccountWebhookMethodNames.TryParse(text, out _));
        Assert.False(AccountWebhookMethodNames.TryParse(Encoding.UTF8.GetBytes(text), out _));
        var value = AccountWebhookMethodValue.FromWireName(text);
        Assert.False(value.IsKnown);
        Assert.Equal(text, value.WireName);
    }

    [Fact]
    public void Targets_compare_exactly()
    {
        Assert.False(ConversationWebhookTargetNames.TryParse("Webhook", out _));
        Assert.False(ConversationWebhookTargetValue.FromWireName("WEBHOOK").IsKnown);
    }

    [Fact]
    public void A_value_of_an_unknown_name_keeps_it_and_compares_by_wire_name()
    {
        var unknown = WebhookFilterValue.FromWireName("onMessageSend");
        Assert.False(unknown.IsKnown);
        Assert.False(unknown.TryGetValue(out _));
        Assert.Equal("onMessageSend", unknown.ToString());
        Assert.Equal(unknown, WebhookFilterValue.FromWireName("onMessageSend"));
        Assert.Equal((WebhookFilterValue)WebhookFilter.OnMessageAdded, WebhookFilterValue.FromWireName("onMessageAdded"));
        Assert.NotEqual((WebhookFilterValue)WebhookFilter.OnMessageAdded, unknown);
        Assert.Throws<ArgumentNullException>(() => WebhookFilterValue.FromWireName(null!));
    }
}
