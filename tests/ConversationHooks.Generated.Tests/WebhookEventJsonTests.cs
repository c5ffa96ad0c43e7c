using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ConversationHooks.Generated.Tests;

/// <summary>
/// Events, answers and SIDs as System.Text.Json writes them (docs/event-json.md): an event is one object of its
/// request's pairs, typed where the spec says so, and reads back as the type its EventType names, its form body
/// unchanged; through the hand-written context (AOT) and through the attributes (reflection) alike.
/// </summary>
public class WebhookEventJsonTests
{
    public static TheoryData<string> Events() => new(Fixture.EventNames());

    private static WebhookEvent Built(string filter)
    {
        dynamic builder = Activator.CreateInstance(typeof(WebhookEvent).Assembly.GetType("ConversationHooks." + filter.Substring(2) + "EventBuilder", throwOnError: true)!)!;
        return builder.Build();
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void Each_built_event_round_trips_through_its_form_and_through_json_unchanged(string filter)
    {
        var e = Built(filter);

        var json = JsonSerializer.Serialize(e, ConversationHooksJson.Default.WebhookEvent);
        var back = JsonSerializer.Deserialize(json, ConversationHooksJson.Default.WebhookEvent)!;
        var viaForm = WebhookEvent.Parse(e.ToFormBody(), WebhookReadMode.Strict);

        Assert.Equal(e.GetType(), back.GetType());
        Assert.Equal(e.ToFormBody(), back.ToFormBody());
        Assert.Empty(back.UnreadParameters);
        Assert.Equal(e.GetType(), viaForm.GetType());
        Assert.Equal(e.ToFormBody(), viaForm.ToFormBody());
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void Each_events_own_type_reads_and_writes_the_same_json_through_reflection_and_the_context(string filter)
    {
        var e = Built(filter);
        var info = ConversationHooksJson.Default.GetTypeInfo(e.GetType())!;

        var json = JsonSerializer.Serialize(e, info);
        var back = JsonSerializer.Deserialize(json, e.GetType());

        Assert.Equal(json, JsonSerializer.Serialize(e, e.GetType()));
        Assert.Equal(e.GetType(), back!.GetType());
        Assert.Equal(e.ToFormBody(), ((WebhookEvent)back).ToFormBody());
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void Each_events_sids_are_json_strings(string filter)
    {
        var e = Built(filter);

        using var document = JsonDocument.Parse(JsonSerializer.Serialize(e, ConversationHooksJson.Default.WebhookEvent));

        var sids = document.RootElement.EnumerateObject().Where(p => p.Name.EndsWith("Sid", StringComparison.Ordinal)).ToList();
        Assert.Contains(sids, p => p.Name == "AccountSid");
        Assert.All(sids, p => Assert.Equal(JsonValueKind.String, p.Value.ValueKind));
        Assert.Equal(e.AccountSid.Value, document.RootElement.GetProperty("AccountSid").GetString());
    }

    [Fact]
    public void An_event_is_its_pairs_named_as_on_the_wire_with_numbers_booleans_and_attributes_as_json()
    {
        var e = new MessageAddedEventBuilder { Body = "hi", Index = 3, Attributes = JsonText.Parse("{\"vip\":true}") }.Build();

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(e, ConversationHooksJson.Default.MessageAddedEvent));
        var root = json.RootElement;

        Assert.Equal("onMessageAdded", root.GetProperty("EventType").GetString());
        Assert.Equal("hi", root.GetProperty("Body").GetString());
        Assert.Equal(3, root.GetProperty("Index").GetInt32());
        Assert.True(root.GetProperty("Attributes").GetProperty("vip").GetBoolean());
        Assert.Equal(e.ConversationSid.Value, root.GetProperty("ConversationSid").GetString());
        Assert.Equal(e.Form.Select(p => p.Key), root.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Unknown_and_unread_parameters_stay_as_they_came()
    {
        var body = new MessageAddedEventBuilder().ToFormBody() + "&Index=x&NewTwilioField=1&isOnline=maybe";
        var e = WebhookEvent.Parse(body);

        var json = JsonSerializer.Serialize(e, ConversationHooksJson.Default.WebhookEvent);
        var back = JsonSerializer.Deserialize(json, ConversationHooksJson.Default.WebhookEvent)!;

        Assert.Contains("\"NewTwilioField\":\"1\"", json, StringComparison.Ordinal);
        Assert.Equal(body, back.ToFormBody());
        Assert.Equal(e.UnreadParameters.Select(u => u.ToString()), back.UnreadParameters.Select(u => u.ToString()));
    }

    [Fact]
    public void Repeated_keys_are_arrays_and_keep_their_order_even_interleaved()
    {
        var body = new ConversationAddEventBuilder().ToFormBody() + "&X=1&X=2&Y=3&X=4";
        var e = WebhookEvent.Parse(body);

        var json = JsonSerializer.Serialize(e, ConversationHooksJson.Default.WebhookEvent);

        Assert.Contains("\"X\":[\"1\",\"2\"],\"Y\":\"3\",\"X\":\"4\"", json, StringComparison.Ordinal);
        Assert.Equal(body, JsonSerializer.Deserialize(json, ConversationHooksJson.Default.WebhookEvent)!.ToFormBody());
    }

    [Fact]
    public void A_value_whose_text_a_json_number_would_change_stays_a_string()
    {
        var e = WebhookEvent.Parse(new MessageAddedEventBuilder().ToFormBody().Replace("Index=0", "Index=07", StringComparison.Ordinal));

        var json = JsonSerializer.Serialize(e, ConversationHooksJson.Default.WebhookEvent);

        Assert.Contains("\"Index\":\"07\"", json, StringComparison.Ordinal);
        Assert.Equal(e.ToFormBody(), JsonSerializer.Deserialize(json, ConversationHooksJson.Default.WebhookEvent)!.ToFormBody());
    }

    [Fact]
    public void A_queue_of_mixed_events_reads_back_each_as_its_own_type()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine(ConversationHooksJson.Default, new DefaultJsonTypeInfoResolver()) };
        var queue = new List<WebhookEvent> { new MessageAddedEventBuilder().Build(), new ConversationRemovedEventBuilder().Build(), new UserUpdatedEventBuilder().Build() };

        var back = JsonSerializer.Deserialize<List<WebhookEvent>>(JsonSerializer.Serialize(queue, options), options)!;

        Assert.Equal(new[] { typeof(MessageAddedEvent), typeof(ConversationRemovedEvent), typeof(UserUpdatedEvent) }, back.Select(e => e.GetType()));
        Assert.Equal(queue.Select(e => e.ToFormBody()), back.Select(e => e.ToFormBody()));
    }

    [Fact]
    public void Reading_one_event_type_from_another_events_json_fails_naming_both()
    {
        var json = JsonSerializer.Serialize(new MessageAddEventBuilder().Build(), ConversationHooksJson.Default.MessageAddEvent);

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, ConversationHooksJson.Default.MessageAddedEvent));

        Assert.Contains("Expected MessageAddedEvent, but the JSON's EventType makes it MessageAddEvent.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_without_what_identifies_an_event_fails_naming_it()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("{\"EventType\":\"onMessageAdded\"}", ConversationHooksJson.Default.WebhookEvent));

        Assert.Contains("AccountSid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sid_is_a_json_string_both_ways_and_as_a_dictionary_key()
    {
        var sid = ConversationSid.Parse("CH0123456789abcdef0123456789abcdef");
        var map = new Dictionary<ConversationSid, int> { [sid] = 1 };

        Assert.Equal("\"CH0123456789abcdef0123456789abcdef\"", JsonSerializer.Serialize(sid, ConversationHooksJson.Default.ConversationSid));
        Assert.Equal(sid, JsonSerializer.Deserialize<ConversationSid>("\"CH0123456789ABCDEF0123456789ABCDEF\""));
        Assert.Equal("{\"CH0123456789abcdef0123456789abcdef\":1}", JsonSerializer.Serialize(map));
        Assert.Equal(map, JsonSerializer.Deserialize<Dictionary<ConversationSid, int>>(JsonSerializer.Serialize(map)));
    }

    [Fact]
    public void A_string_that_is_not_a_sid_of_the_kind_fails_with_the_sid_rule()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"IS0123456789abcdef0123456789abcdef\"", ConversationHooksJson.Default.ConversationSid));

        Assert.Contains("CH", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Answers_are_json_in_the_domains_words_and_read_back_equal()
    {
        var answers = new[] { MessageAddAnswer.Continue, MessageAddAnswer.Reject(), MessageAddAnswer.Reject(429), MessageAddAnswer.Change(body: "[redacted]", attributes: "{\"x\":1}") };

        var json = answers.Select(a => JsonSerializer.Serialize(a, ConversationHooksJson.Default.MessageAddAnswer)).ToList();
        var back = json.Select(j => JsonSerializer.Deserialize(j, ConversationHooksJson.Default.MessageAddAnswer)!).ToList();

        Assert.Equal(
            new[] { "{\"action\":\"continue\"}", "{\"action\":\"reject\",\"statusCode\":403}", "{\"action\":\"reject\",\"statusCode\":429}", "{\"action\":\"change\",\"fields\":{\"body\":\"[redacted]\",\"attributes\":\"{\\u0022x\\u0022:1}\"}}" },
            json);
        Assert.Equal(answers.Select(a => a.Response.ToString()), back.Select(a => a.Response.ToString()));
        Assert.Equal(json[3], JsonSerializer.Serialize(back[3]));
    }

    [Fact]
    public void An_answer_that_changes_a_field_its_event_may_not_change_does_not_read()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("{\"action\":\"change\",\"fields\":{\"friendly_name\":\"x\"}}", ConversationHooksJson.Default.MessageAddAnswer));

        Assert.Contains("not 'friendly_name'", error.Message, StringComparison.Ordinal);
    }
}
