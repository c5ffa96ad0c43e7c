using System.Linq;
using System.Text;
using System.Text.Json;

namespace ConversationHooks.Generated.Tests;

/// <summary>The conversation-webhook list: the page it answers with and the query it is asked with.</summary>
public class PageTests
{
    private const string FirstPageUrl = "https://conversations.twilio.com/v1/Conversations/CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Webhooks?PageSize=5&Page=0";

    [Fact]
    public void The_read_example_parses_into_its_webhooks_and_their_paging()
    {
        var page = ConversationWebhookPage.FromJson(Fixture.Read("conversation-webhooks-read"));

        Assert.Equal(new[] { "webhook", "trigger", "studio" }, page.Webhooks!.Select(w => w.Target!.Value.WireName));
        Assert.Equal(new[] { "keyword1", "keyword2" }, page.Webhooks![1].Configuration!.Filters!.Select(f => f.WireName));
        Assert.Equal(FlowSid.Parse("FWaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), page.Webhooks![2].Configuration!.FlowSid);
        Assert.Equal(new ConversationWebhookPageMeta(page: 0, pageSize: 5, firstPageUrl: FirstPageUrl, url: FirstPageUrl, key: "webhooks"), page.Meta);
    }

    [Fact]
    public void The_empty_read_example_has_an_empty_list_of_webhooks_not_none()
    {
        var page = ConversationWebhookPage.FromJson(Fixture.Read("conversation-webhooks-read-empty"));

        Assert.NotNull(page.Webhooks);
        Assert.Empty(page.Webhooks!);
        Assert.Null(page.Meta!.NextPageUrl);
        Assert.Equal("webhooks", page.Meta.Key);
    }

    [Theory]
    [InlineData("conversation-webhooks-read")]
    [InlineData("conversation-webhooks-read-empty")]
    public void Read_examples_survive_a_JSON_round_trip(string fixture)
    {
        var page = ConversationWebhookPage.FromJson(Fixture.Read(fixture));

        Assert.Equal(page, ConversationWebhookPage.FromJson(page.ToJson()));
        Assert.Equal(page, ConversationWebhookPage.FromJson(Encoding.UTF8.GetBytes(page.ToJson())));
    }

    [Fact]
    public void Unknown_members_of_the_page_its_webhooks_and_its_meta_are_skipped()
    {
        var page = ConversationWebhookPage.FromJson("{\"webhooks\":[{\"sid\":\"WHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"new\":[1]}],\"meta\":{\"key\":\"webhooks\",\"new\":{}},\"new\":null}");

        Assert.Equal(WebhookSid.Parse("WHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), Assert.Single(page.Webhooks!).Sid);
        Assert.Equal("webhooks", page.Meta!.Key);
    }

    [Theory]
    [InlineData("{\"webhooks\":[null]}", "an array of objects")]
    [InlineData("{\"webhooks\":[\"WHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"]}", "an array of objects")]
    [InlineData("{\"webhooks\":{}}", "an array")]
    public void A_list_of_webhooks_that_is_not_a_list_of_objects_is_a_JsonException_naming_it(string json, string expected)
    {
        var error = Assert.ThrowsAny<JsonException>(() => ConversationWebhookPage.FromJson(json));
        Assert.Contains($"'webhooks': expected {expected}", error.Message);
    }

    [Theory]
    [InlineData("{\"webhooks\":[]} {}")]
    [InlineData("{\"webhooks\":[]}]")]
    public void Content_after_the_page_is_a_JsonException(string json)
    {
        Assert.ThrowsAny<JsonException>(() => ConversationWebhookPage.FromJson(json));
        Assert.ThrowsAny<JsonException>(() => ConversationWebhookPage.FromJson(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void The_list_request_writes_every_parameter_that_is_set_as_a_query_string()
        => Assert.Equal("PageSize=5&Page=1&PageToken=PT%2Babc", new ConversationWebhookListRequest(pageSize: 5, page: 1, pageToken: "PT+abc").ToQueryString());

    [Fact]
    public void The_list_request_writes_only_what_is_set()
    {
        Assert.Equal(string.Empty, new ConversationWebhookListRequest().ToQueryString());
        Assert.Equal("Page=2", new ConversationWebhookListRequest(page: 2).ToQueryString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void A_page_size_from_1_to_5_is_kept(int pageSize)
        => Assert.Equal(pageSize, new ConversationWebhookListRequest(pageSize: pageSize).PageSize);

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(int.MinValue)]
    public void A_page_size_outside_1_to_5_is_an_ArgumentOutOfRangeException_naming_it(int pageSize)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ConversationWebhookListRequest(pageSize: pageSize));
        Assert.Equal("pageSize", error.ParamName);
        Assert.Equal(pageSize, error.ActualValue);
    }

    [Fact]
    public void Reading_a_query_with_a_page_size_outside_1_to_5_is_a_FormatException_naming_it()
    {
        var error = Assert.Throws<FormatException>(() => ConversationWebhookListRequest.FromForm("PageSize=6"));
        Assert.Contains("'PageSize': 6 is outside the range", error.Message);
    }

    [Fact]
    public void The_list_request_reads_back_from_its_query_string()
    {
        var request = new ConversationWebhookListRequest(pageSize: 3, page: 0, pageToken: "PT abc&=");
        Assert.Equal(request, ConversationWebhookListRequest.FromForm(request.ToQueryString()));
    }
}
