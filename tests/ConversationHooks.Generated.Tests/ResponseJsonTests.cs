using System.Linq;
using System.Text.Json;

namespace ConversationHooks.Generated.Tests;

public class ResponseJsonTests
{
    [Fact]
    public void Account_fetch_example_parses_and_keeps_the_Chat_era_filter_as_unknown()
    {
        var configuration = AccountWebhookConfiguration.FromJson(Fixture.Read("account-webhook-fetch"));

        Assert.Equal(AccountSid.Parse("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), configuration.AccountSid);
        Assert.Equal((AccountWebhookMethodValue)AccountWebhookMethod.Get, configuration.Method);
        Assert.Equal((AccountWebhookTargetValue)AccountWebhookTarget.Webhook, configuration.Target);
        Assert.Equal("https://example.com/pre", configuration.PreWebhookUrl);
        Assert.Equal(new[] { "onMessageSend", "onConversationUpdated" }, configuration.Filters!.Select(f => f.WireName));
        var unknown = Assert.Single(configuration.Filters!, f => !f.IsKnown);
        Assert.Equal("onMessageSend", unknown.WireName);
        Assert.True(configuration.Filters![1].TryGetValue(out var known));
        Assert.Equal(WebhookFilter.OnConversationUpdated, known);
    }

    [Fact]
    public void Writing_the_fetch_example_back_keeps_the_unknown_filter_unchanged()
    {
        var configuration = AccountWebhookConfiguration.FromJson(Fixture.Read("account-webhook-fetch"));
        var json = configuration.ToJson();

        Assert.Contains("\"filters\":[\"onMessageSend\",\"onConversationUpdated\"]", json);
        Assert.Equal(configuration, AccountWebhookConfiguration.FromJson(json));

        var update = new AccountWebhookUpdateRequest(filters: configuration.Filters);
        Assert.Equal("Filters=onMessageSend&Filters=onConversationUpdated", update.ToFormBody());
    }

    [Fact]
    public void Service_fetch_with_nothing_configured_reads_every_field_as_not_set()
    {
        var configuration = ServiceWebhookConfiguration.FromJson(Fixture.Read("service-webhook-fetch-empty"));
        Assert.Equal(ChatServiceSid.Parse("ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), configuration.ChatServiceSid);
        Assert.Null(configuration.Filters);
        Assert.Null(configuration.Method);
        Assert.Null(configuration.PreWebhookUrl);
    }

    [Theory]
    [InlineData("service-webhook-fetch", "onMessageRemove,onParticipantAdd", "POST")]
    [InlineData("service-webhook-update", "onMessageRemoved,onParticipantAdded", "GET")]
    public void Service_examples_parse_with_known_filters(string fixture, string filters, string method)
    {
        var configuration = ServiceWebhookConfiguration.FromJson(Fixture.Read(fixture));
        Assert.Equal(filters, string.Join(",", configuration.Filters!.Select(f => f.WireName)));
        Assert.All(configuration.Filters!, f => Assert.True(f.IsKnown));
        Assert.Equal(method, configuration.Method!.Value.WireName);
        Assert.True(configuration.Method!.Value.IsKnown);
    }

    [Fact]
    public void Conversation_webhook_example_reads_its_nested_configuration()
    {
        var webhook = ConversationWebhook.FromJson(Fixture.Read("conversation-webhook-create"));
        Assert.Equal(WebhookSid.Parse("WHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), webhook.Sid);
        Assert.Equal(ConversationSid.Parse("CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), webhook.ConversationSid);
        Assert.Null(webhook.ChatServiceSid);
        Assert.Equal(new DateTimeOffset(2016, 3, 24, 21, 5, 50, TimeSpan.Zero), webhook.DateCreated);
        var settings = webhook.Configuration!;
        Assert.Equal("https://example.com", settings.Url);
        Assert.Equal((ConversationWebhookMethodValue)ConversationWebhookMethod.Get, settings.Method);
        Assert.Equal(new[] { "onMessageSent", "onConversationDestroyed" }, settings.Filters!.Select(f => f.WireName));
        Assert.All(settings.Filters!, f => Assert.False(f.IsKnown));
    }

    [Fact]
    public void Studio_webhook_example_reads_its_flow_SID()
    {
        var webhook = ConversationWebhook.FromJson(Fixture.Read("conversation-webhook-fetch-studio"));
        Assert.Equal((ConversationWebhookTargetValue)ConversationWebhookTarget.Studio, webhook.Target);
        Assert.Equal(FlowSid.Parse("FWaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), webhook.Configuration!.FlowSid);
    }

    [Theory]
    [InlineData("conversation-webhook-create")]
    [InlineData("conversation-webhook-fetch-studio")]
    [InlineData("conversation-webhook-update-trigger")]
    public void Conversation_examples_survive_a_JSON_round_trip(string fixture)
    {
        var webhook = ConversationWebhook.FromJson(Fixture.Read(fixture));
        Assert.Equal(webhook, ConversationWebhook.FromJson(webhook.ToJson()));
    }

    [Fact]
    public void A_malformed_SID_in_a_response_is_an_error_naming_the_field()
    {
        var json = Fixture.Read("account-webhook-fetch").Replace("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "ACaaaa");
        var error = Assert.Throws<JsonException>(() => AccountWebhookConfiguration.FromJson(json));
        Assert.Contains("'account_sid'", error.Message);
        Assert.Contains("34 characters", error.Message);
    }

    [Theory]
    [InlineData("{\"filters\": \"onMessageAdded\"}", "'filters': expected an array")]
    [InlineData("{\"filters\": [1]}", "'filters': expected an array of strings")]
    [InlineData("[]", "Expected a JSON object for AccountWebhookConfiguration")]
    public void A_field_of_the_wrong_type_is_an_error_naming_the_field(string json, string expected)
        => Assert.Contains(expected, Assert.Throws<JsonException>(() => AccountWebhookConfiguration.FromJson(json)).Message);

    [Fact]
    public void Escaped_names_and_values_read_like_plain_ones()
    {
        var configuration = AccountWebhookConfiguration.FromJson("{\"meth\\u006fd\": \"G\\u0045T\", \"filters\": [\"on\\u004DessageAdded\", \"caf\\u00e9\", \"onUserAdded\"]}");

        Assert.Equal((AccountWebhookMethodValue)AccountWebhookMethod.Get, configuration.Method);
        Assert.Equal(new[] { "onMessageAdded", "café", "onUserAdded" }, configuration.Filters!.Select(f => f.WireName));
        Assert.Equal(new[] { true, false, true }, configuration.Filters!.Select(f => f.IsKnown));
    }

    [Fact]
    public void A_reader_over_a_segmented_sequence_reads_the_same_record_wherever_the_split_falls()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(Fixture.Read("account-webhook-fetch"));
        var expected = AccountWebhookConfiguration.FromJson(bytes);
        for (var split = 1; split < bytes.Length; split++)
        {
            var first = new Segment(bytes.AsMemory(0, split));
            var last = first.Append(bytes.AsMemory(split));
            var reader = new Utf8JsonReader(new System.Buffers.ReadOnlySequence<byte>(first, 0, last, last.Memory.Length));
            reader.Read();

            Assert.Equal(expected, AccountWebhookConfiguration.ReadJson(ref reader));
        }
    }

    private sealed class Segment : System.Buffers.ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory) => Memory = memory;

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }

    [Fact]
    public void Unknown_JSON_members_are_skipped()
    {
        var configuration = AccountWebhookConfiguration.FromJson("{\"links\": {\"a\": [1, {\"b\": null}]}, \"method\": \"POST\"}");
        Assert.Equal("POST", configuration.Method!.Value.WireName);
    }
}
