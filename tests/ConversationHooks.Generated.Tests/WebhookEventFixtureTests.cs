using System.Collections.Generic;
using System.Linq;

namespace ConversationHooks.Generated.Tests;

/// <summary>One request per event (Fixtures/events, from domain.md section 3): typed values, type, and the way back.</summary>
public class WebhookEventFixtureTests
{
    private const string Hex = "1234567890abcdef1234567890abcdef";
    private static readonly DateTimeOffset Created = new(2026, 3, 1, 10, 15, 30, TimeSpan.Zero);
    private static readonly DateTimeOffset Updated = new(2026, 3, 1, 11, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Removed = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Events() => new(Fixture.EventNames());

    [Fact]
    public void There_is_a_fixture_for_every_filter()
        => Assert.Equal(WebhookFilterNames.All.Order(StringComparer.Ordinal), Fixture.EventNames());

    [Theory]
    [MemberData(nameof(Events))]
    public void Each_fixture_parses_as_the_type_its_event_type_names(string filter)
    {
        var parsed = WebhookEvent.Parse(Fixture.ReadEvent(filter));

        Assert.Equal(filter.Substring(2) + "Event", parsed.GetType().Name);
        Assert.Equal(filter, parsed.EventType.WireName);
        Assert.True(parsed.EventType.IsKnown);
        Assert.Equal(AccountSid.Parse("AC" + Hex), parsed.AccountSid);
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void Each_fixture_goes_back_out_byte_for_byte(string filter)
    {
        var body = Fixture.ReadEvent(filter);

        Assert.Equal(body, WebhookEvent.Parse(body).ToFormBody());
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void Each_fixture_reads_the_same_from_a_query_string_and_from_pairs(string filter)
    {
        var body = Fixture.ReadEvent(filter);
        var fromBody = WebhookEvent.Parse(body);

        var fromQuery = WebhookEvent.Parse(WebhookForm.ParseQuery("?" + body));
        var fromPairs = WebhookEvent.Parse(WebhookForm.FromPairs(fromBody.Form.ToList()));

        Assert.Equal(body, fromQuery.ToFormBody());
        Assert.Equal(body, fromPairs.ToFormBody());
        Assert.Equal(fromBody.GetType(), fromPairs.GetType());
        Assert.Equal(FormReader.Parse(body), fromPairs.Form);
    }

    [Fact]
    public void OnMessageAdd()
    {
        var e = Parse<MessageAddEvent>("onMessageAdd");
        Assert.Equal<EventSourceValue?>(EventSource.Sdk, e.Source);
        Assert.Equal("alice", e.ClientIdentity);
        Assert.Null(e.RetryCount);
        Assert.Null(e.WebhookSid);
        Assert.Equal(ConversationSid.Parse("CH" + Hex), e.ConversationSid);
        Assert.Equal("Hello & welcome!", e.Body);
        Assert.Equal("alice", e.Author);
        Assert.Equal(ParticipantSid.Parse("MB" + Hex), e.ParticipantSid);
        Assert.Equal("{\"importance\":\"high\"}", e.Attributes?.Text);
        Assert.Null(e.Media);
    }

    [Fact]
    public void OnMessageUpdate()
    {
        var e = Parse<MessageUpdateEvent>("onMessageUpdate");
        Assert.Equal((MessageSid.Parse("IM" + Hex), 3, Created, Updated), (e.MessageSid, e.Index, e.DateCreated, e.DateUpdated));
        Assert.Equal(("Edited text", "alice", "{}"), (e.Body, e.Author, e.Attributes?.Text));
    }

    [Fact]
    public void OnMessageRemove()
    {
        var e = Parse<MessageRemoveEvent>("onMessageRemove");
        Assert.Equal<EventSourceValue?>(EventSource.Api, e.Source);
        Assert.Null(e.ClientIdentity);
        Assert.Null(e.ParticipantSid);
        Assert.Equal((4, "Bye", "system"), (e.Index, e.Body, e.Author));
    }

    [Fact]
    public void OnMessageAdded_with_media_and_a_parameter_the_spec_does_not_know()
    {
        var e = Parse<MessageAddedEvent>("onMessageAdded");
        Assert.Equal<EventSourceValue?>(EventSource.Sms, e.Source);
        Assert.Equal(0, e.RetryCount);
        Assert.Equal(MessagingServiceSid.Parse("MG" + Hex), e.MessagingServiceSid);
        Assert.Null(e.Body);
        Assert.Equal("+15551234567", e.Author);
        var media = Assert.Single(e.Media!);
        Assert.Equal(("ME" + Hex, "image/jpeg", "cat.jpg", 12345L), (media.Sid, media.ContentType, media.Filename, media.Size));
        Assert.Contains("\"Category\":\"media\"", media.Json.Text);
        Assert.Equal("IS" + Hex, e.Form.GetValue("ChatServiceSid"));
    }

    [Fact]
    public void OnMessageUpdated()
    {
        var e = Parse<MessageUpdatedEvent>("onMessageUpdated");
        Assert.Equal(WebhookSid.Parse("WH" + Hex), e.WebhookSid);
        Assert.Equal((5, "Fixed a typo"), (e.Index, e.Body));
        Assert.True(e.Attributes!.Value.ToDocument().RootElement.GetProperty("edited").GetBoolean());
    }

    [Fact]
    public void OnMessageRemoved()
    {
        var e = Parse<MessageRemovedEvent>("onMessageRemoved");
        Assert.Equal(1, e.RetryCount);
        Assert.Equal((Created, Updated, Removed), (e.DateCreated, e.DateUpdated, e.DateRemoved));
        Assert.Equal(("Gone", "bob"), (e.Body, e.Author));
    }

    [Fact]
    public void OnConversationAdd_keeps_every_repeated_address_in_order()
    {
        var e = Parse<ConversationAddEvent>("onConversationAdd");
        Assert.Equal(("Group chat", "group-42", "Hi all"), (e.FriendlyName, e.UniqueName, e.MessageBody));
        Assert.Equal(ChatServiceSid.Parse("IS" + Hex), e.ChatServiceSid);
        Assert.Equal(new[] { "+15551111111", "+15552222222" }, e.MessagingBindingAddress);
        Assert.Equal(("+15550000000", "+15553333333", "+15551111111"), (e.MessagingBindingProxyAddress, e.MessagingBindingProjectedAddress, e.MessagingBindingAuthorAddress));
        Assert.Equal<ConversationStateValue?>(ConversationState.Active, e.State);
        Assert.Null(e.Media);
    }

    [Fact]
    public void OnConversationUpdate()
    {
        var e = Parse<ConversationUpdateEvent>("onConversationUpdate");
        Assert.Equal(("Renamed", "group-42"), (e.FriendlyName, e.UniqueName));
        Assert.Equal<ConversationStateValue?>(ConversationState.Inactive, e.State);
        Assert.Equal((Created, Updated), (e.DateCreated, e.DateUpdated));
    }

    [Fact]
    public void OnConversationRemove()
    {
        var e = Parse<ConversationRemoveEvent>("onConversationRemove");
        Assert.Null(e.FriendlyName);
        Assert.Equal<ConversationStateValue?>(ConversationState.Closed, e.State);
    }

    [Fact]
    public void OnConversationAdded()
    {
        var e = Parse<ConversationAddedEvent>("onConversationAdded");
        Assert.Null(e.FriendlyName);
        Assert.Null(e.UniqueName);
        Assert.Equal(new[] { "+15551111111" }, e.MessagingBindingAddress);
        Assert.Equal(ConversationSid.Parse("CH" + Hex), e.ConversationSid);
    }

    [Fact]
    public void OnConversationUpdated()
    {
        var e = Parse<ConversationUpdatedEvent>("onConversationUpdated");
        Assert.Equal(("Support", "support-7"), (e.FriendlyName, e.UniqueName));
        Assert.Equal(WebhookSid.Parse("WH" + Hex), e.WebhookSid);
    }

    [Fact]
    public void OnConversationRemoved()
    {
        var e = Parse<ConversationRemovedEvent>("onConversationRemoved");
        Assert.Equal(Removed, e.DateRemoved);
        Assert.Equal<ConversationStateValue?>(ConversationState.Closed, e.State);
    }

    [Fact]
    public void OnConversationStateUpdated()
    {
        var e = Parse<ConversationStateUpdatedEvent>("onConversationStateUpdated");
        Assert.Equal(Removed.AddMilliseconds(123), e.StateUpdated);
        Assert.Equal<ConversationStateValue?>(ConversationState.Active, e.StateFrom);
        Assert.Equal<ConversationStateValue?>(ConversationState.Inactive, e.StateTo);
        Assert.Equal<StateChangeReasonValue?>(StateChangeReason.Timer, e.Reason);
    }

    [Fact]
    public void OnParticipantAdd()
    {
        var e = Parse<ParticipantAddEvent>("onParticipantAdd");
        Assert.Equal(("bob", RoleSid.Parse("RL" + Hex)), (e.Identity, e.RoleSid));
        Assert.Null(e.MessagingBindingAddress);
        Assert.Equal<MessagingBindingTypeValue?>(MessagingBindingType.Chat, e.MessagingBindingType);
    }

    [Fact]
    public void OnParticipantUpdate()
    {
        var e = Parse<ParticipantUpdateEvent>("onParticipantUpdate");
        Assert.Null(e.Identity);
        Assert.Equal(new[] { "+15551111111" }, e.MessagingBindingAddress);
        Assert.Equal<MessagingBindingTypeValue?>(MessagingBindingType.Sms, e.MessagingBindingType);
    }

    [Fact]
    public void OnParticipantRemove()
    {
        var e = Parse<ParticipantRemoveEvent>("onParticipantRemove");
        Assert.Equal(("bob", ParticipantSid.Parse("MB" + Hex)), (e.Identity, e.ParticipantSid));
    }

    [Fact]
    public void OnParticipantAdded()
    {
        var e = Parse<ParticipantAddedEvent>("onParticipantAdded");
        Assert.Equal("whatsapp:+15550000000", e.MessagingBindingProxyAddress);
        Assert.Equal<MessagingBindingTypeValue?>(MessagingBindingType.Whatsapp, e.MessagingBindingType);
        Assert.Equal(Created, e.DateCreated);
    }

    [Fact]
    public void OnParticipantUpdated()
    {
        var e = Parse<ParticipantUpdatedEvent>("onParticipantUpdated");
        Assert.Equal(12, e.LastReadMessageIndex);
        Assert.Equal("{\"nickname\":\"Al\"}", e.Attributes?.Text);
    }

    [Fact]
    public void OnParticipantRemoved()
    {
        var e = Parse<ParticipantRemovedEvent>("onParticipantRemoved");
        Assert.Equal(("carol", Removed), (e.Identity, e.DateRemoved));
    }

    [Fact]
    public void OnDeliveryUpdated_takes_a_channel_message_sid_of_any_prefix()
    {
        var e = Parse<DeliveryUpdatedEvent>("onDeliveryUpdated");
        Assert.Equal("WA" + Hex, e.ChannelMessageSid?.Value);
        Assert.Equal(DeliveryReceiptSid.Parse("DY" + Hex), e.DeliveryReceiptSid);
        Assert.Equal<DeliveryStatusValue?>(DeliveryStatus.Undelivered, e.Status);
        Assert.Equal(30008, e.ErrorCode);
    }

    [Fact]
    public void OnUserUpdate()
    {
        var e = Parse<UserUpdateEvent>("onUserUpdate");
        Assert.Equal((UserSid.Parse("US" + Hex), "alice", "Alice Liddell"), (e.UserSid, e.Identity, e.FriendlyName));
    }

    [Fact]
    public void OnUserAdded()
    {
        var e = Parse<UserAddedEvent>("onUserAdded");
        Assert.Equal(("dave", "Dave", Created), (e.Identity, e.FriendlyName, e.DateCreated));
    }

    [Fact]
    public void OnUserUpdated_reads_the_lower_case_booleans()
    {
        var e = Parse<UserUpdatedEvent>("onUserUpdated");
        Assert.True(e.IsOnline);
        Assert.False(e.IsNotifiable);
    }

    private static T Parse<T>(string filter)
        where T : WebhookEvent
        => Assert.IsType<T>(WebhookEvent.Parse(Fixture.ReadEvent(filter)));
}
