using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using CsCheck;

namespace ConversationHooks.Generated.Tests;

/// <summary>Promises every generated type makes (immutability, argument checks), checked over all of them by reflection.</summary>
public class ContractTests
{
    private static IEnumerable<Type> GeneratedTypes()
        => typeof(WebhookFilter).Assembly.GetTypes().Where(t => t.Namespace == "ConversationHooks" && t.GetCustomAttribute<System.CodeDom.Compiler.GeneratedCodeAttribute>() is not null);

    [Fact]
    public void A_request_keeps_its_own_copy_of_the_callers_list()
    {
        var filters = new List<WebhookFilterValue> { WebhookFilter.OnMessageAdded };
        var request = new AccountWebhookUpdateRequest(filters: filters);
        var body = request.ToFormBody();
        var hash = request.GetHashCode();

        filters.Add(WebhookFilter.OnMessageRemoved);

        Assert.Equal(body, request.ToFormBody());
        Assert.Equal(hash, request.GetHashCode());
    }

    [Fact]
    public void A_list_property_cannot_be_changed_through_a_cast()
    {
        var request = new AccountWebhookUpdateRequest(filters: new WebhookFilterValue[] { WebhookFilter.OnMessageAdded });

        Assert.ThrowsAny<NotSupportedException>(() => ((IList<WebhookFilterValue>)request.Filters!)[0] = WebhookFilter.OnMessageRemoved);
    }

    [Fact]
    public void Every_generated_All_list_cannot_be_changed_through_a_cast()
    {
        var lists = GeneratedTypes()
            .Select(t => t.GetProperty("All", BindingFlags.Public | BindingFlags.Static))
            .Where(p => p is not null)
            .Select(p => (IReadOnlyList<string>)p!.GetValue(null)!)
            .ToList();

        Assert.Contains(lists, l => l.Contains("onMessageAdded"));
        Assert.All(lists, list => Assert.ThrowsAny<NotSupportedException>(() => ((IList<string>)list)[0] = "onMessageSend"));
    }

    [Fact]
    public void Every_generated_parse_from_a_string_throws_ArgumentNullException_for_null()
    {
        var parses = GeneratedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.Name is "Parse" or "FromWireName" or "FromForm" or "FromJson" && m.GetParameters() is [{ ParameterType: var p }] && p == typeof(string))
            .ToList();

        Assert.Contains(parses, m => m.DeclaringType == typeof(AccountSid));
        Assert.All(parses, parse =>
        {
            var error = Assert.Throws<TargetInvocationException>(() => parse.Invoke(null, new object?[] { null }));
            var argument = Assert.IsType<ArgumentNullException>(error.InnerException);
            Assert.Equal(parse.GetParameters()[0].Name, argument.ParamName);
        });
    }

    [Fact]
    public void Two_spellings_of_one_SID_are_one_SID_and_print_alike()
    {
        var hex = Gen.Char["0123456789abcdef"].Array[32].Select(c => new string(c));
        var casing = Gen.Bool.Array[32];
        Gen.Select(hex, casing, casing).Sample((digits, left, right) =>
        {
            static string Spell(string digits, bool[] upper) => "CH" + string.Concat(digits.Select((c, i) => upper[i] ? char.ToUpperInvariant(c) : c));
            var a = ConversationSid.Parse(Spell(digits, left));
            Assert.True(ConversationSid.TryParse(Spell(digits, right), out var b));

            Assert.True(a.Equals(b));
            Assert.True(a == b);
            Assert.False(a != b);
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
            Assert.Equal(a.ToString(), b.ToString());
            Assert.Equal("CH" + digits, a.ToString());
        }, iter: 2_000);
    }

    [Fact]
    public void A_request_prints_its_type_and_every_property()
    {
        var request = new AccountWebhookUpdateRequest(
            method: AccountWebhookMethod.Post,
            filters: new WebhookFilterValue[] { WebhookFilter.OnConversationUpdated, WebhookFilterValue.FromWireName("onMessageSend") },
            postWebhookUrl: "https://company.com/archive");

        Assert.Equal(
            "AccountWebhookUpdateRequest { Method = POST, Filters = [onConversationUpdated, onMessageSend], PreWebhookUrl = null, PostWebhookUrl = https://company.com/archive, Target = null }",
            request.ToString());
    }

    [Fact]
    public void A_response_prints_nested_objects_and_dates_in_ISO_8601()
    {
        var webhook = ConversationWebhook.FromJson(Fixture.Read("conversation-webhook-fetch-studio"));

        Assert.Contains("Configuration = ConversationWebhookSettings { ", webhook.ToString());
        Assert.Contains("FlowSid = FWaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", webhook.ToString());
        Assert.Contains("DateCreated = 2016-03-24T21:05:50Z", webhook.ToString());
    }
}
