using System.Linq;

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
            Assert.Equal(filter, fromString);
            Assert.Equal(filter, fromSpan);
        }
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

    [Fact]
    public void Method_wire_names_keep_each_scope_casing()
    {
        Assert.Equal("POST", AccountWebhookMethod.Post.GetWireName());
        Assert.Equal("post", ConversationWebhookMethod.Post.GetWireName());
        Assert.False(ConversationWebhookMethodNames.TryParse("POST", out _));
        Assert.Equal(new[] { "webhook", "trigger", "studio" }, ConversationWebhookTargetNames.All);
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
