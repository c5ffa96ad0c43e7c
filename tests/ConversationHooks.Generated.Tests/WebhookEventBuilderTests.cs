using System.Linq;

namespace ConversationHooks.Generated.Tests;

/// <summary>
/// The generated <c>…EventBuilder</c>s make samples as Twilio sends them: every one reads back, in strict mode,
/// as its event; a test sets what it cares about, and null leaves a parameter out.
/// </summary>
public class WebhookEventBuilderTests
{
    public static TheoryData<string> Events() => new(Fixture.EventNames());

    private static dynamic BuilderOf(string filter)
        => Activator.CreateInstance(typeof(WebhookEvent).Assembly.GetType("ConversationHooks." + filter.Substring(2) + "EventBuilder", throwOnError: true)!)!;

    [Theory]
    [MemberData(nameof(Events))]
    public void Each_builders_sample_reads_back_in_strict_mode_as_its_event_and_its_form(string filter)
    {
        var builder = BuilderOf(filter);

        WebhookEvent e = builder.Build();
        WebhookForm form = builder.ToForm();

        Assert.Equal(filter.Substring(2) + "Event", e.GetType().Name);
        Assert.Equal(filter, e.EventType.WireName);
        Assert.Empty(e.UnreadParameters);
        Assert.Equal(form.ToFormBody(), e.ToFormBody());
        Assert.Equal((string)builder.ToFormBody(), e.ToFormBody());
        Assert.Equal(e.ToFormBody(), WebhookEvent.Parse(e.ToFormBody(), WebhookReadMode.Strict).ToFormBody());
    }

    [Fact]
    public void A_test_sets_only_what_it_cares_about()
    {
        var e = new MessageAddedEventBuilder { Body = "hi" }.Build();

        Assert.Equal("hi", e.Body);
        Assert.Equal("alice", e.Author);
        Assert.Equal(0, e.Index);
        Assert.Equal(0, e.RetryCount);
        Assert.Equal("{}", e.Attributes?.Text);
        Assert.Equal<EventSourceValue?>(EventSource.Api, e.Source);
        Assert.NotNull(e.MessagingServiceSid);
        Assert.NotNull(e.ChatServiceSid);
    }

    [Fact]
    public void Null_leaves_a_parameter_out_as_real_traffic_does()
    {
        var builder = new DeliveryUpdatedEventBuilder { ErrorCode = null, Source = null, Status = DeliveryStatus.Sent };

        var e = builder.Build();

        Assert.Null(builder.ToForm().GetValue("ErrorCode"));
        Assert.Null(builder.ToForm().GetValue("Source"));
        Assert.Null(e.ErrorCode);
        Assert.Equal<DeliveryStatusValue?>(DeliveryStatus.Sent, e.Status);
    }

    [Fact]
    public void Without_what_identifies_the_event_Build_fails_naming_it()
    {
        var error = Assert.Throws<FormatException>(() => new MessageAddedEventBuilder { MessageSid = null }.Build());

        Assert.Equal("MessageAddedEvent requires 'MessageSid', but the form does not have it.", error.Message);
    }

    [Fact]
    public void Each_builder_draws_its_own_sids_and_dates_its_sample_now_to_the_millisecond()
    {
        var before = DateTimeOffset.UtcNow.AddMilliseconds(-1);
        var first = new MessageUpdatedEventBuilder().Build();
        var second = new MessageUpdatedEventBuilder().Build();

        Assert.NotEqual(first.MessageSid, second.MessageSid);
        Assert.NotEqual(first.ConversationSid, second.ConversationSid);
        Assert.StartsWith("IM", first.MessageSid.Value);
        Assert.Equal(first.DateCreated, first.DateUpdated);
        Assert.InRange(first.DateCreated!.Value, before, DateTimeOffset.UtcNow);
        Assert.Equal(0, first.DateCreated.Value.Ticks % TimeSpan.TicksPerMillisecond);
        Assert.Matches(@"DateCreated=\d{4}-\d\d-\d\dT\d\d%3A\d\d%3A\d\d\.\d{3}Z", first.ToFormBody());
    }

    [Fact]
    public void A_repeated_parameter_is_one_pair_per_value_in_order()
    {
        var e = new ConversationAddEventBuilder { MessagingBindingAddress = new[] { "+15550000002", "+15550000001" } }.Build();

        Assert.Equal(new[] { "+15550000002", "+15550000001" }, e.MessagingBindingAddress);
        Assert.Equal(new[] { "+15550000002", "+15550000001" }, e.Form.GetValues("MessagingBinding.Address"));
    }

    [Fact]
    public void Typed_values_are_written_as_Twilio_writes_them()
    {
        var media = MediaItem.ParseList("[{\"Sid\":\"ME0123456789abcdef0123456789abcdef\",\"ContentType\":\"image/png\",\"Filename\":\"a.png\",\"Size\":12}]");
        var builder = new UserUpdatedEventBuilder { IsOnline = false, IsNotifiable = true, Attributes = JsonText.Parse("{\"vip\":true}") };
        var message = new MessageAddedEventBuilder { Media = media, Index = 41 };

        Assert.Contains("isOnline=false&isNotifiable=true", builder.ToFormBody());
        Assert.Equal("{\"vip\":true}", builder.Build().Attributes?.Text);
        Assert.Equal(media, message.Build().Media);
        Assert.Equal(41, message.Build().Index);
    }
}
