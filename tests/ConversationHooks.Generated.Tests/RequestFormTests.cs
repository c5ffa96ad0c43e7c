using System.Collections.Generic;
using System.Linq;
using System.Net;
using CsCheck;
using Twilio.Converters;
using AccountSdk = Twilio.Rest.Conversations.V1.Configuration;
using ConversationSdk = Twilio.Rest.Conversations.V1.Conversation;
using ServiceSdk = Twilio.Rest.Conversations.V1.Service.Configuration;

namespace ConversationHooks.Generated.Tests;

public class RequestFormTests
{
    private static AccountWebhookUpdateRequest DocsUpdateExample() => new(
        method: AccountWebhookMethod.Post,
        filters: new WebhookFilterValue[] { WebhookFilter.OnConversationUpdated, WebhookFilter.OnMessageRemoved },
        preWebhookUrl: "https://company.com/filtering-and-permissions",
        postWebhookUrl: "https://company.com/archive-every-action");

    /// <summary>How the Twilio SDK turns its parameters into a body: each name and value WebUtility.UrlEncoded.</summary>
    private static string SdkBody(IEnumerable<KeyValuePair<string, string>> pairs)
        => string.Join("&", pairs.Select(p => WebUtility.UrlEncode(p.Key) + "=" + WebUtility.UrlEncode(p.Value)));

    [Fact]
    public void Account_update_sends_the_same_pairs_as_the_Twilio_SDK()
    {
        var sdk = new AccountSdk.UpdateWebhookOptions
        {
            Method = "POST",
            Filters = new List<string> { "onConversationUpdated", "onMessageRemoved" },
            PreWebhookUrl = "https://company.com/filtering-and-permissions",
            PostWebhookUrl = "https://company.com/archive-every-action",
        };

        Assert.Equal(sdk.GetParams(), DocsUpdateExample().ToFormParameters());
        Assert.Equal(SdkBody(sdk.GetParams()), DocsUpdateExample().ToFormBody());
    }

    [Fact]
    public void Account_update_with_a_target_matches_the_SDK_order()
    {
        var ours = new AccountWebhookUpdateRequest(method: AccountWebhookMethod.Get, target: AccountWebhookTarget.Flex, filters: new WebhookFilterValue[] { WebhookFilter.OnMessageAdded });
        var sdk = new AccountSdk.UpdateWebhookOptions { Method = "GET", Target = AccountSdk.WebhookResource.TargetEnum.Flex, Filters = new List<string> { "onMessageAdded" } };
        Assert.Equal(sdk.GetParams(), ours.ToFormParameters());
    }

    [Fact]
    public void Service_update_sends_the_same_pairs_as_the_Twilio_SDK()
    {
        var ours = new ServiceWebhookUpdateRequest(
            preWebhookUrl: "https://www.example.com/pre",
            postWebhookUrl: "https://www.example.com/post",
            filters: new WebhookFilterValue[] { WebhookFilter.OnMessageRemoved, WebhookFilter.OnParticipantAdded },
            method: ServiceWebhookMethod.Get);
        var sdk = new ServiceSdk.UpdateWebhookOptions("ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        {
            PreWebhookUrl = new System.Uri("https://www.example.com/pre"),
            PostWebhookUrl = new System.Uri("https://www.example.com/post"),
            Filters = new List<string> { "onMessageRemoved", "onParticipantAdded" },
            Method = "GET",
        };
        Assert.Equal(sdk.GetParams(), ours.ToFormParameters());
    }

    [Fact]
    public void Conversation_create_uses_dotted_wire_names_and_lower_case_methods_like_the_SDK()
    {
        var ours = new ConversationWebhookCreateRequest(
            ConversationWebhookTarget.Webhook,
            configurationUrl: "https://example.com",
            configurationMethod: ConversationWebhookMethod.Get,
            configurationFilters: new WebhookFilterValue[] { WebhookFilter.OnMessageAdded, WebhookFilter.OnConversationRemoved },
            configurationReplayAfter: 7);
        var sdk = new ConversationSdk.CreateWebhookOptions("CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", ConversationSdk.WebhookResource.TargetEnum.Webhook)
        {
            ConfigurationUrl = "https://example.com",
            ConfigurationMethod = ConversationSdk.WebhookResource.MethodEnum.Get,
            ConfigurationFilters = new List<string> { "onMessageAdded", "onConversationRemoved" },
            ConfigurationReplayAfter = 7,
        };

        Assert.Equal(sdk.GetParams(), ours.ToFormParameters());
        Assert.StartsWith("Target=webhook&Configuration.Url=https%3A%2F%2Fexample.com&Configuration.Method=get&", ours.ToFormBody());
    }

    [Fact]
    public void Only_the_parameters_that_are_set_are_sent()
    {
        Assert.Equal(string.Empty, new AccountWebhookUpdateRequest().ToFormBody());
        Assert.Equal("Filters=onMessageAdded", new AccountWebhookUpdateRequest(filters: new WebhookFilterValue[] { WebhookFilter.OnMessageAdded }).ToFormBody());
        Assert.Equal("Filters=", new AccountWebhookUpdateRequest(filters: new[] { WebhookFilterValue.FromWireName(string.Empty) }).ToFormBody());
    }

    [Fact]
    public void An_empty_list_sends_nothing_like_the_SDK_so_it_reads_back_as_not_set()
    {
        var request = new AccountWebhookUpdateRequest(filters: Array.Empty<WebhookFilterValue>());
        var sdk = new AccountSdk.UpdateWebhookOptions { Filters = new List<string>() };
        Assert.Equal(sdk.GetParams(), request.ToFormParameters());
        Assert.Null(AccountWebhookUpdateRequest.FromForm(request.ToFormBody()).Filters);
    }

    [Fact]
    public void An_unknown_filter_is_sent_exactly_as_given()
    {
        var request = new AccountWebhookUpdateRequest(filters: new[] { WebhookFilterValue.FromWireName("onMessageSend") });
        Assert.Equal("Filters=onMessageSend", request.ToFormBody());
    }

    [Fact]
    public void Writing_into_a_caller_buffer_gives_the_same_body()
    {
        var request = DocsUpdateExample();
        var buffer = new char[512];
        Assert.True(request.TryWriteFormBody(buffer, out var written));
        Assert.Equal(request.ToFormBody(), new string(buffer, 0, written));
        Assert.False(request.TryWriteFormBody(buffer.AsSpan(0, 10), out _));
    }

    private static readonly Gen<WebhookFilterValue> AnyFilter = Gen.OneOf(
        Gen.Enum<WebhookFilter>().Select(f => (WebhookFilterValue)f),
        Gen.String.Select(WebhookFilterValue.FromWireName));

    private static string? Clean(string? text) => text is null ? null : new string(text.Select(c => char.IsSurrogate(c) ? '?' : c).ToArray());

    [Fact]
    public void Any_request_survives_a_form_round_trip()
        => Gen.Select(AnyFilter.Select(f => WebhookFilterValue.FromWireName(Clean(f.WireName)!)).List[1, 6].Null(), Gen.String.Null(), Gen.String.Null(), Gen.Bool, Gen.OneOf(Gen.Int.Select(i => (int?)i), Gen.Const((int?)null)))
            .Sample((filters, url, trigger, post, replayAfter) =>
            {
                var request = new ConversationWebhookCreateRequest(
                    post ? ConversationWebhookTarget.Trigger : WebhookTargetOf("studio"),
                    configurationUrl: Clean(url),
                    configurationMethod: post ? ConversationWebhookMethod.Post : null,
                    configurationFilters: filters,
                    configurationTriggers: trigger is null ? null : new[] { Clean(trigger)! },
                    configurationReplayAfter: replayAfter);
                Assert.Equal(request, ConversationWebhookCreateRequest.FromForm(request.ToFormBody()));
            }, iter: 2_000);

    private static ConversationWebhookTargetValue WebhookTargetOf(string wire) => ConversationWebhookTargetValue.FromWireName(wire);

    [Fact]
    public void Reading_a_form_rejects_unknown_repeated_and_missing_parameters()
    {
        Assert.Contains("'Foo' is not a parameter of AccountWebhookUpdateRequest", Assert.Throws<FormatException>(() => AccountWebhookUpdateRequest.FromForm("Method=GET&Foo=1")).Message);
        Assert.Contains("'Method' is given more than once", Assert.Throws<FormatException>(() => AccountWebhookUpdateRequest.FromForm("Method=GET&Method=POST")).Message);
        Assert.Contains("requires 'Target'", Assert.Throws<FormatException>(() => ConversationWebhookCreateRequest.FromForm("Configuration.Url=x")).Message);
        Assert.Contains("'Configuration.ReplayAfter': 'soon' is not an integer", Assert.Throws<FormatException>(() => ConversationWebhookCreateRequest.FromForm("Target=webhook&Configuration.ReplayAfter=soon")).Message);
        Assert.Contains("must start with 'FW'", Assert.Throws<FormatException>(() => ConversationWebhookCreateRequest.FromForm("Target=studio&Configuration.FlowSid=CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")).Message);
    }

    [Fact]
    public void Request_documented_by_Twilio_reads_back_with_its_Chat_era_filters_kept()
    {
        // request-examples.json: conversation-webhook-create uses onMessageSent and onConversationDestroyed.
        var request = ConversationWebhookCreateRequest.FromForm("Target=webhook&Configuration.Url=https%3A%2F%2Fexample.com&Configuration.Method=get&Configuration.Filters=onMessageSent&Configuration.Filters=onConversationDestroyed&Configuration.ReplayAfter=7");
        Assert.Equal(new[] { "onMessageSent", "onConversationDestroyed" }, request.ConfigurationFilters!.Select(f => f.WireName));
        Assert.All(request.ConfigurationFilters!, f => Assert.False(f.IsKnown));
        Assert.Equal(7, request.ConfigurationReplayAfter);
    }
}
