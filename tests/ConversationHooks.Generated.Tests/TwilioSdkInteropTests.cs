using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using AccountSdk = Twilio.Rest.Conversations.V1.Configuration;
using ConversationSdk = Twilio.Rest.Conversations.V1.Conversation;
using ServiceConversationSdk = Twilio.Rest.Conversations.V1.Service.Conversation;
using ServiceSdk = Twilio.Rest.Conversations.V1.Service.Configuration;

namespace ConversationHooks.Generated.Tests;

/// <summary>The generated TwilioSdkInterop against the real Twilio SDK 8.2.0 types.</summary>
public class TwilioSdkInteropTests
{
    private static readonly ChatServiceSid Service = ChatServiceSid.Parse("ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    private static readonly ConversationSid Conversation = ConversationSid.Parse("CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    private static readonly WebhookSid Webhook = WebhookSid.Parse("WHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    private static readonly FlowSid Flow = FlowSid.Parse("FWaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    private static readonly WebhookFilterValue[] Filters = { WebhookFilter.OnMessageAdded, WebhookFilterValue.FromWireName("onMessageSend") };

    private static readonly AccountWebhookUpdateRequest FullAccountUpdate = new(
        AccountWebhookMethod.Post, Filters, "https://example.com/pre?a=1&b=%20", "https://example.com/post", AccountWebhookTarget.Webhook);

    private static readonly ServiceWebhookUpdateRequest FullServiceUpdate = new(
        "https://example.com/pre", "https://example.com/post", Filters, ServiceWebhookMethod.Get);

    private static readonly ConversationWebhookCreateRequest FullCreate = new(
        ConversationWebhookTarget.Webhook, "https://example.com/hook", ConversationWebhookMethod.Post, Filters, new[] { "keyword" }, Flow, 3);

    private static readonly ConversationWebhookUpdateRequest FullUpdate = new(
        "https://example.com/hook", ConversationWebhookMethod.Get, Filters, new[] { "keyword" }, Flow);

    /// <summary>Each conversion of a request with every parameter set: the SDK's options and the generated request.</summary>
    public static TheoryData<string> OptionsConversions() => new(Conversions.Keys);

    private static readonly Dictionary<string, (object Options, IReadOnlyList<KeyValuePair<string, string>> Form)> Conversions = new()
    {
        ["account update"] = (FullAccountUpdate.ToTwilioOptions(), FullAccountUpdate.ToFormParameters()),
        ["service update"] = (FullServiceUpdate.ToTwilioOptions(Service), FullServiceUpdate.ToFormParameters()),
        ["conversation create"] = (FullCreate.ToTwilioOptions(Conversation), FullCreate.ToFormParameters()),
        ["service conversation create"] = (FullCreate.ToTwilioOptions(Service, Conversation), FullCreate.ToFormParameters()),
        ["conversation update"] = (FullUpdate.ToTwilioOptions(Conversation, Webhook), FullUpdate.ToFormParameters()),
        ["service conversation update"] = (FullUpdate.ToTwilioOptions(Service, Conversation, Webhook), FullUpdate.ToFormParameters()),
    };

    [Theory]
    [MemberData(nameof(OptionsConversions))]
    public void Every_property_of_the_SDK_options_is_set_from_a_full_request(string conversion)
    {
        var options = Conversions[conversion].Options;

        var unset = options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetValue(options) is null)
            .Select(p => p.Name);

        Assert.Empty(unset);
    }

    [Theory]
    [MemberData(nameof(OptionsConversions))]
    public void The_SDK_options_send_the_same_form_as_the_generated_request(string conversion)
    {
        var (options, form) = Conversions[conversion];
        var sdkParameters = (List<KeyValuePair<string, string>>)options.GetType().GetMethod("GetParams")!.Invoke(options, null)!;

        Assert.Equal(Sorted(form), Sorted(sdkParameters));
    }

    [Fact]
    public void The_path_SIDs_go_to_the_SDK_options_constructor()
    {
        var options = FullUpdate.ToTwilioOptions(Service, Conversation, Webhook);

        Assert.Equal(Service.Value, options.PathChatServiceSid);
        Assert.Equal(Conversation.Value, options.PathConversationSid);
        Assert.Equal(Webhook.Value, options.PathSid);
    }

    [Fact]
    public void A_request_with_nothing_set_leaves_the_SDK_options_unset()
    {
        var options = new ConversationWebhookUpdateRequest().ToTwilioOptions(Conversation, Webhook);

        Assert.Empty(options.GetParams());
    }

    [Fact]
    public void A_default_SID_in_the_path_is_an_argument_exception_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => FullCreate.ToTwilioOptions(default(ConversationSid)));

        Assert.Equal("conversationSid", error.ParamName);
    }

    [Fact]
    public void A_null_request_or_resource_is_an_argument_null_exception()
    {
        Assert.Throws<ArgumentNullException>(() => ((AccountWebhookUpdateRequest)null!).ToTwilioOptions());
        Assert.Throws<ArgumentNullException>(() => ((AccountSdk.WebhookResource)null!).ToAccountWebhookConfiguration());
    }

    public static TheoryData<string> ResourceFixtures() => new(ResourceConversions.Keys);

    /// <summary>Per fixture: the SDK's own FromJson, converted; and the generated FromJson of the same JSON.</summary>
    private static readonly Dictionary<string, Func<string, (object FromSdk, object Generated)>> ResourceConversions = new()
    {
        ["account-webhook-fetch"] = json => (AccountSdk.WebhookResource.FromJson(json).ToAccountWebhookConfiguration(), AccountWebhookConfiguration.FromJson(json)),
        ["account-webhook-update"] = json => (AccountSdk.WebhookResource.FromJson(json).ToAccountWebhookConfiguration(), AccountWebhookConfiguration.FromJson(json)),
        ["service-webhook-fetch"] = json => (ServiceSdk.WebhookResource.FromJson(json).ToServiceWebhookConfiguration(), ServiceWebhookConfiguration.FromJson(json)),
        ["service-webhook-fetch-empty"] = json => (ServiceSdk.WebhookResource.FromJson(json).ToServiceWebhookConfiguration(), ServiceWebhookConfiguration.FromJson(json)),
        ["service-webhook-update"] = json => (ServiceSdk.WebhookResource.FromJson(json).ToServiceWebhookConfiguration(), ServiceWebhookConfiguration.FromJson(json)),
        ["conversation-webhook-create"] = json => (ConversationSdk.WebhookResource.FromJson(json).ToConversationWebhook(), ConversationWebhook.FromJson(json)),
        ["conversation-webhook-fetch-studio"] = json => (ConversationSdk.WebhookResource.FromJson(json).ToConversationWebhook(), ConversationWebhook.FromJson(json)),
        ["conversation-webhook-update-trigger"] = json => (ConversationSdk.WebhookResource.FromJson(json).ToConversationWebhook(), ConversationWebhook.FromJson(json)),
    };

    [Theory]
    [MemberData(nameof(ResourceFixtures))]
    public void The_SDK_resource_read_from_a_fixture_converts_to_the_generated_response_of_the_same_fixture(string fixture)
    {
        var (fromSdk, generated) = ResourceConversions[fixture](Fixture.Read(fixture));

        Assert.Equal(generated, fromSdk);
    }

    [Fact]
    public void An_unknown_filter_method_and_target_in_an_SDK_resource_are_kept_with_their_wire_names()
    {
        var json = Fixture.Read("account-webhook-fetch").Replace("\"GET\"", "\"PATCH\"").Replace("\"webhook\"", "\"pager\"");

        var configuration = AccountSdk.WebhookResource.FromJson(json).ToAccountWebhookConfiguration();

        Assert.Equal("onMessageSend", configuration.Filters![0].WireName);
        Assert.False(configuration.Filters[0].IsKnown);
        Assert.Equal("PATCH", configuration.Method!.Value.WireName);
        Assert.Equal("pager", configuration.Target!.Value.WireName);
    }

    public static TheoryData<string> FullResources() => new(FullResourceConversions.Keys);

    /// <summary>Per SDK resource type: a generated response with every field the SDK type carries, through its JSON, the SDK and back.</summary>
    private static readonly Dictionary<string, (object Full, string Json, Func<string, object> ThroughSdk, Type SdkType)> FullResourceConversions = new()
    {
        ["account"] = (FullAccount(), FullAccount().ToJson(), json => AccountSdk.WebhookResource.FromJson(json).ToAccountWebhookConfiguration(), typeof(AccountSdk.WebhookResource)),
        ["service"] = (FullService(), FullService().ToJson(), json => ServiceSdk.WebhookResource.FromJson(json).ToServiceWebhookConfiguration(), typeof(ServiceSdk.WebhookResource)),
        ["conversation"] = (FullConversationWebhook(chatServiceSid: null), FullConversationWebhook(chatServiceSid: null).ToJson(), json => ConversationSdk.WebhookResource.FromJson(json).ToConversationWebhook(), typeof(ConversationSdk.WebhookResource)),
        ["service conversation"] = (FullConversationWebhook(Service), FullConversationWebhook(Service).ToJson(), json => ServiceConversationSdk.WebhookResource.FromJson(json).ToConversationWebhook(), typeof(ServiceConversationSdk.WebhookResource)),
    };

    [Theory]
    [MemberData(nameof(FullResources))]
    public void A_response_with_every_field_survives_the_SDK_resource(string resource)
    {
        var (full, json, throughSdk, _) = FullResourceConversions[resource];

        Assert.Equal(full, throughSdk(json));
    }

    [Theory]
    [MemberData(nameof(FullResources))]
    public void Every_property_of_the_SDK_resource_is_a_property_of_the_generated_response(string resource)
    {
        var (full, _, _, sdkType) = FullResourceConversions[resource];
        var generated = full.GetType();

        var unmapped = sdkType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => generated.GetProperty(p.Name) is not { } property || property.GetValue(full) is null)
            .Select(p => p.Name);

        Assert.Empty(unmapped);
    }

    private static AccountWebhookConfiguration FullAccount() => new(
        AccountSid.Parse("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), AccountWebhookMethod.Post, Filters,
        "https://example.com/pre", "https://example.com/post", AccountWebhookTarget.Flex, "https://conversations.twilio.com/v1/Configuration/Webhooks");

    private static ServiceWebhookConfiguration FullService() => new(
        AccountSid.Parse("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), Service, "https://example.com/pre", "https://example.com/post",
        Filters, ServiceWebhookMethod.Get, "https://conversations.twilio.com/v1/Services/ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Configuration/Webhooks");

    private static ConversationWebhook FullConversationWebhook(ChatServiceSid? chatServiceSid) => new(
        Webhook, AccountSid.Parse("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), chatServiceSid, Conversation, ConversationWebhookTarget.Trigger,
        new ConversationWebhookSettings("https://example.com/hook", ConversationWebhookMethod.Post, Filters, new[] { "keyword" }, Flow, 7),
        new DateTimeOffset(2016, 3, 24, 21, 5, 50, TimeSpan.Zero), new DateTimeOffset(2016, 3, 24, 21, 5, 51, TimeSpan.Zero),
        "https://conversations.twilio.com/v1/Conversations/CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Webhooks/WHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");

    private static List<KeyValuePair<string, string>> Sorted(IEnumerable<KeyValuePair<string, string>> pairs)
        => pairs.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal).ToList();
}
