using System.Linq;

namespace ConversationHooks.Generated.Tests;

/// <summary>
/// Requests shaped like Twilio's real traffic (Fixtures/real-traffic, domain.md section 3) read as typed
/// events with nothing unread: parameters the docs list are missing, enum values come in lower case, and
/// every date has milliseconds.
/// </summary>
public class RealTrafficTests
{
    private const string Hex = "1234567890abcdef1234567890abcdef";

    public static TheoryData<string> Requests() => new(Fixture.RealTrafficNames());

    private static T Parse<T>(string name)
        where T : WebhookEvent
    {
        var e = Assert.IsType<T>(WebhookEvent.Parse(Fixture.ReadRealTraffic(name), WebhookReadMode.Strict));
        Assert.Empty(e.UnreadParameters);
        return e;
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void Each_request_reads_in_strict_mode_as_the_type_its_event_type_names_and_goes_back_out_unchanged(string name)
    {
        var body = Fixture.ReadRealTraffic(name);

        var e = WebhookEvent.Parse(body, WebhookReadMode.Strict);

        Assert.Equal(name.Substring(2, name.IndexOf('-') - 2) + "Event", e.GetType().Name);
        Assert.Equal(body, e.ToFormBody());
        Assert.Equal(0, e.RetryCount);
    }

    [Fact]
    public void A_2021_message_has_no_messaging_service_and_its_date_keeps_its_milliseconds()
    {
        var e = Parse<MessageAddedEvent>("onMessageAdded-2021");

        Assert.Null(e.MessagingServiceSid);
        Assert.Null(e.ChatServiceSid);
        Assert.Equal(new DateTimeOffset(2021, 8, 10, 18, 34, 58, 111, TimeSpan.Zero), e.DateCreated);
        Assert.Equal(0, e.Index);
    }

    [Fact]
    public void A_message_event_carries_its_conversation_service_as_a_typed_sid()
    {
        Assert.Equal(ChatServiceSid.Parse("IS" + Hex), Parse<MessageAddedEvent>("onMessageAdded-2025").ChatServiceSid);
        Assert.Equal(ChatServiceSid.Parse("IS" + Hex), Parse<MessageAddEvent>("onMessageAdd-api-author").ChatServiceSid);
    }

    [Fact]
    public void A_successful_delivery_receipt_has_no_error_code_and_no_source()
    {
        var e = Parse<DeliveryUpdatedEvent>("onDeliveryUpdated-sent");

        Assert.Equal<DeliveryStatusValue?>(DeliveryStatus.Sent, e.Status);
        Assert.Null(e.ErrorCode);
        Assert.Null(e.Source);
        Assert.Equal(new DateTimeOffset(2024, 5, 20, 14, 3, 12, 5, TimeSpan.Zero), e.DateUpdated);
    }

    [Fact]
    public void A_conversation_closed_by_its_timer_has_nine_parameters()
    {
        var e = Parse<ConversationStateUpdatedEvent>("onConversationStateUpdated-timer");

        Assert.Equal(9, e.Form.Count);
        Assert.Equal<ConversationStateValue?>(ConversationState.Inactive, e.StateFrom);
        Assert.Equal<ConversationStateValue?>(ConversationState.Closed, e.StateTo);
        Assert.Equal<StateChangeReasonValue?>(StateChangeReason.Timer, e.Reason);
        Assert.Null(e.Source);
        Assert.Null(e.MessagingServiceSid);
    }

    [Fact]
    public void An_inbound_sms_creates_a_conversation_without_names()
    {
        var e = Parse<ConversationAddEvent>("onConversationAdd-inbound-sms");

        Assert.Null(e.UniqueName);
        Assert.Null(e.FriendlyName);
        Assert.Equal(new[] { "+15551234567" }, e.MessagingBindingAddress);
        Assert.Equal("Hi", e.MessageBody);
    }

    [Fact]
    public void A_lower_case_binding_type_is_the_known_member_and_keeps_its_wire_text()
    {
        var e = Parse<ParticipantAddedEvent>("onParticipantAdded-sms");

        Assert.True(e.MessagingBindingType!.Value.TryGetValue(out var type));
        Assert.Equal(MessagingBindingType.Sms, type);
        Assert.Equal("sms", e.MessagingBindingType?.WireName);
        Assert.True(e.MessagingBindingType == MessagingBindingType.Sms);
        Assert.Equal(MessagingBindingTypeValue.FromWireName("SMS"), e.MessagingBindingType);
        Assert.Equal(MessagingBindingTypeValue.FromWireName("SMS").GetHashCode(), e.MessagingBindingType!.Value.GetHashCode());
    }

    [Fact]
    public void An_author_who_is_not_a_participant_has_no_participant_sid()
    {
        var e = Parse<MessageAddEvent>("onMessageAdd-api-author");

        Assert.Null(e.ParticipantSid);
        Assert.Null(e.ClientIdentity);
        Assert.Equal("system", e.Author);
    }

    [Theory]
    [InlineData("2021-08-10T18:34:58.1Z", 1_000_000)]
    [InlineData("2021-08-10T18:34:58.111Z", 1_110_000)]
    [InlineData("2021-08-10T18:34:58.111111Z", 1_111_110)]
    [InlineData("2021-08-10T18:34:58.1234567Z", 1_234_567)]
    [InlineData("2021-08-10T18:34:58Z", 0)]
    public void Dates_with_any_fraction_of_a_second_read_to_the_tick(string date, long ticksAfterTheSecond)
    {
        var body = Fixture.ReadRealTraffic("onMessageAdded-2021").Replace("2021-08-10T18%3A34%3A58.111Z", Uri.EscapeDataString(date));

        var e = Assert.IsType<MessageAddedEvent>(WebhookEvent.Parse(body, WebhookReadMode.Strict));

        Assert.Equal(new DateTimeOffset(2021, 8, 10, 18, 34, 58, TimeSpan.Zero).AddTicks(ticksAfterTheSecond), e.DateCreated);
    }
}
