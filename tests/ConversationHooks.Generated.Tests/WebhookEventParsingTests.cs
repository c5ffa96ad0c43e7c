using System.Collections.Generic;
using System.Linq;
using System.Net;
using CsCheck;

namespace ConversationHooks.Generated.Tests;

/// <summary>Parsing webhook requests: failures are typed and name the parameter; nothing unknown is lost.</summary>
public class WebhookEventParsingTests
{
    private const string Hex = "1234567890abcdef1234567890abcdef";
    private static readonly string[] FormTokens = { "&", "=", "%", "%2", "%ZZ", "%C3", "%C3%A9", "%FF", "+", "EventType=", "Index=", "&&", "==", "\u00e9", "\uD800", "?" };

    private static Gen<string> Broken(string text) => Gen.OneOf(
        Gen.Int[0, text.Length].Select(at => text.Substring(0, at)),
        Gen.Select(Gen.Int[0, text.Length], Gen.Int[1, 30], (at, count) => text.Remove(at, Math.Min(count, text.Length - at))),
        Gen.Select(Gen.Int[0, text.Length], Gen.Int[0, FormTokens.Length - 1], (at, token) => text.Insert(at, FormTokens[token])),
        Gen.Select(Gen.Int[0, text.Length], Gen.Int[0, text.Length - 1], Gen.Int[1, 40], (at, from, count) => text.Insert(at, text.Substring(from, Math.Min(count, text.Length - from)))));

    /// <summary>Any text that survives UTF-8 (a lone surrogate is sent as U+FFFD, so it could not come back unchanged).</summary>
    private static readonly Gen<string> Text = Gen.Char.Where(c => !char.IsSurrogate(c)).Array[0, 16].Select(chars => new string(chars));

    /// <summary>Names Twilio sends (and some it does not), values of every shape, encoded as the SDK encodes.</summary>
    private static readonly Gen<List<KeyValuePair<string, string>>> RandomPairs =
        Gen.Select(
            Gen.OneOf(OneOf("AccountSid", "EventType", "Source", "Index", "Body", "Media", "Attributes", "MessagingBinding.Address", "isOnline", "DateCreated"), Text),
            Gen.OneOf(OneOf("AC" + Hex, "onMessageAdded", "onSomethingNew", "SDK", "3", "-1", "true", "{}", "[]", "2026-03-01T10:15:30Z"), Text),
            (name, value) => new KeyValuePair<string, string>(name, value))
        .List[0, 12];

    private static Gen<string> OneOf(params string[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static string Encode(IEnumerable<KeyValuePair<string, string>> pairs)
        => string.Join("&", pairs.Select(p => WebUtility.UrlEncode(p.Key) + "=" + WebUtility.UrlEncode(p.Value)));

    /// <summary>Parses with both forms: Try never throws and agrees with Parse, which throws only FormatException.</summary>
    private static WebhookEvent? ParseBothWays(Func<WebhookForm> form, string text, bool isQuery)
    {
        bool ok;
        WebhookEvent? parsed = null;
        string? error;
        if (isQuery)
        {
            ok = WebhookForm.TryParseQuery(text, out var f, out error) && WebhookEvent.TryParse(f!, out parsed, out error);
        }
        else
        {
            ok = WebhookEvent.TryParse(text, out parsed, out error);
        }

        try
        {
            var thrown = WebhookEvent.Parse(form());
            Assert.True(ok);
            Assert.Equal(parsed!.ToFormBody(), thrown.ToFormBody());
        }
        catch (FormatException e)
        {
            Assert.False(ok);
            Assert.Equal(error, e.Message);
            Assert.False(string.IsNullOrWhiteSpace(error));
        }

        return ok ? parsed : null;
    }

    [Theory]
    [InlineData("onMessageAdded")]
    [InlineData("onConversationAdd")]
    [InlineData("onDeliveryUpdated")]
    [InlineData("onUserUpdated")]
    public void A_broken_form_body_parses_or_fails_only_in_the_typed_way(string filter)
        => Broken(Fixture.ReadEvent(filter)).Sample(body =>
        {
            var parsed = ParseBothWays(() => WebhookForm.Parse(body), body, isQuery: false);
            if (parsed is not null)
            {
                Assert.Equal(body, parsed.ToFormBody());
            }
        }, iter: 3_000);

    [Theory]
    [InlineData("onMessageAdded")]
    [InlineData("onParticipantUpdated")]
    public void A_broken_query_string_parses_or_fails_only_in_the_typed_way(string filter)
        => Broken("?" + Fixture.ReadEvent(filter)).Sample(query =>
        {
            var parsed = ParseBothWays(() => WebhookForm.ParseQuery(query), query, isQuery: true);
            if (parsed is not null)
            {
                Assert.Equal(query.StartsWith('?') ? query.Substring(1) : query, parsed.ToFormBody());
            }
        }, iter: 3_000);

    [Fact]
    public void Random_pairs_parse_or_fail_only_in_the_typed_way_and_keep_every_pair_in_order()
        => RandomPairs.Sample(pairs =>
        {
            var body = Encode(pairs);
            var form = WebhookForm.Parse(body);
            Assert.Equal(pairs, form);
            var parsed = ParseBothWays(() => WebhookForm.FromPairs(pairs), body, isQuery: false);
            if (parsed is not null)
            {
                Assert.Equal(body, parsed.ToFormBody());
            }
        }, iter: 3_000);

    [Theory]
    [InlineData("onMessageAdded")]
    [InlineData("onConversationAdd")]
    [InlineData("onDeliveryUpdated")]
    public void Unknown_parameters_survive_the_round_trip_wherever_they_are(string filter)
    {
        var pairs = FormReader.Parse(Fixture.ReadEvent(filter)).ToList();
        Gen.Select(Gen.Int[0, pairs.Count], Text, OneOf("X-Extra", "MessagingBinding.Address", "Nonce", "body"), (at, value, name) => (at, value, name)).Sample(t =>
        {
            var withExtra = pairs.Take(t.at).Append(new KeyValuePair<string, string>(t.name, t.value)).Concat(pairs.Skip(t.at)).ToList();
            var body = Encode(withExtra);

            var parsed = WebhookEvent.Parse(body);

            Assert.Equal(body, parsed.ToFormBody());
            Assert.Equal(withExtra, parsed.Form);
        }, iter: 500);
    }

    [Fact]
    public void Unknown_enum_values_survive_the_round_trip()
        => Text.Where(t => t.Length > 0).Sample(value =>
        {
            var body = Fixture.ReadEvent("onDeliveryUpdated").Replace("Status=undelivered", "Status=" + WebUtility.UrlEncode(value))
                .Replace("Source=API", "Source=" + WebUtility.UrlEncode(value + "x"));

            var parsed = Assert.IsType<DeliveryUpdatedEvent>(WebhookEvent.Parse(body));

            Assert.Equal(value, parsed.Status?.WireName);
            Assert.Equal(DeliveryStatusNames.All.Contains(value, StringComparer.OrdinalIgnoreCase), parsed.Status?.IsKnown);
            Assert.Equal(value + "x", parsed.Source?.WireName);
            Assert.Equal(body, parsed.ToFormBody());
        }, iter: 500);

    [Fact]
    public void An_event_type_the_spec_does_not_know_is_an_unknown_event_with_all_its_pairs()
    {
        var body = $"AccountSid=AC{Hex}&EventType=onTypingStarted&Source=SDK&ConversationSid=CH{Hex}&Typing=true";

        var parsed = Assert.IsType<UnknownWebhookEvent>(WebhookEvent.Parse(body));

        Assert.False(parsed.EventType.IsKnown);
        Assert.Equal("onTypingStarted", parsed.EventType.WireName);
        Assert.Equal("true", parsed.Form.GetValue("Typing"));
        Assert.Equal(body, parsed.ToFormBody());
    }

    [Theory]
    [InlineData("Index=3", "Index=three", "Index", "'three' is not an integer.")]
    [InlineData("Index=3", "Index=3&Index=4", "Index", "given more than once, but it takes a single value; the first is kept.")]
    [InlineData("DateCreated=2026-03-01T10%3A15%3A30Z", "DateCreated=yesterday", "DateCreated", "'yesterday' is not an ISO 8601 date and time.")]
    [InlineData("Attributes=%7B%7D", "Attributes=%7B", "Attributes", "not well-formed JSON")]
    [InlineData("ParticipantSid=MB1234567890abcdef1234567890abcdef", "ParticipantSid=CH1234567890abcdef1234567890abcdef", "ParticipantSid", "'CH1234567890abcdef1234567890abcdef' is not a valid ParticipantSid: it must start with 'MB', not 'CH'.")]
    public void A_value_that_cannot_be_read_is_listed_and_the_event_is_read_all_the_same(string original, string broken, string parameter, string problem)
    {
        var body = Fixture.ReadEvent("onMessageUpdate").Replace(original, broken);

        Assert.True(WebhookEvent.TryParse(body, out var parsed, out var error));
        Assert.Null(error);
        var e = Assert.IsType<MessageUpdateEvent>(parsed);
        var unread = Assert.Single(e.UnreadParameters);
        Assert.Equal(parameter, unread.Name);
        Assert.StartsWith(problem, unread.Problem);
        Assert.Equal(body, e.ToFormBody());
        Assert.Equal(MessageSid.Parse("IM" + Hex), e.MessageSid);
    }

    [Theory]
    [InlineData("Index=3", "Index=three", "'Index': 'three' is not an integer.")]
    [InlineData("Index=3", "Index=3&Index=4", "'Index': given more than once, but it takes a single value; the first is kept.")]
    [InlineData("DateCreated=2026-03-01T10%3A15%3A30Z", "DateCreated=yesterday", "'DateCreated': 'yesterday' is not an ISO 8601 date and time.")]
    [InlineData("Attributes=%7B%7D", "Attributes=%7B", "'Attributes': not well-formed JSON")]
    public void In_strict_mode_a_value_that_cannot_be_read_fails_the_event_naming_it(string original, string broken, string expected)
    {
        var body = Fixture.ReadEvent("onMessageUpdate").Replace(original, broken);

        Assert.False(WebhookEvent.TryParse(body, WebhookReadMode.Strict, out var parsed, out var error));
        Assert.Null(parsed);
        Assert.StartsWith(expected, error);
        Assert.StartsWith(expected, Assert.Throws<FormatException>(() => WebhookEvent.Parse(body, WebhookReadMode.Strict)).Message);
    }

    [Theory]
    [InlineData(WebhookReadMode.Tolerant)]
    [InlineData(WebhookReadMode.Strict)]
    public void A_parameter_that_does_not_identify_the_event_may_be_missing_in_either_mode(WebhookReadMode mode)
    {
        var body = Fixture.ReadEvent("onMessageUpdate").Replace("Index=3", "").Replace("&&", "&");

        var e = Assert.IsType<MessageUpdateEvent>(WebhookEvent.Parse(body, mode));

        Assert.Null(e.Index);
        Assert.Empty(e.UnreadParameters);
    }

    [Theory]
    [InlineData("MessageSid=IM1234567890abcdef1234567890abcdef", "", "MessageUpdateEvent requires 'MessageSid', but the form does not have it.")]
    [InlineData("MessageSid=IM1234567890abcdef1234567890abcdef", "MessageSid=CH1234567890abcdef1234567890abcdef", "MessageUpdateEvent requires 'MessageSid': 'CH1234567890abcdef1234567890abcdef' is not a valid MessageSid: it must start with 'IM', not 'CH'.")]
    [InlineData("AccountSid=AC1234567890abcdef1234567890abcdef", "AccountSid=AC12", "MessageUpdateEvent requires 'AccountSid': ")]
    [InlineData("EventType=onMessageUpdate", "", "UnknownWebhookEvent requires 'EventType', but the form does not have it.")]
    [InlineData("Body=Edited+text", "Body=%E9", "The percent-escapes of the text at offset")]
    [InlineData("Body=Edited+text", "Body=%4", "Malformed percent-escape at offset")]
    public void An_event_without_what_identifies_it_or_a_body_that_is_not_a_form_fails_in_either_mode(string original, string broken, string expected)
    {
        var body = Fixture.ReadEvent("onMessageUpdate").Replace(original, broken).Replace("&&", "&");

        foreach (var mode in new[] { WebhookReadMode.Tolerant, WebhookReadMode.Strict })
        {
            Assert.False(WebhookEvent.TryParse(body, mode, out var parsed, out var error));
            Assert.Null(parsed);
            Assert.StartsWith(expected, error);
            Assert.StartsWith(expected, Assert.Throws<FormatException>(() => WebhookEvent.Parse(body, mode)).Message);
        }
    }

    [Fact]
    public void A_boolean_is_exactly_true_or_false()
    {
        var body = Fixture.ReadEvent("onUserUpdated").Replace("isOnline=true", "isOnline=True");

        var e = Assert.IsType<UserUpdatedEvent>(WebhookEvent.Parse(body));

        Assert.Null(e.IsOnline);
        Assert.Equal("'isOnline': 'True' is not true or false.", Assert.Single(e.UnreadParameters).ToString());
        Assert.False(WebhookEvent.TryParse(body, WebhookReadMode.Strict, out _, out var error));
        Assert.Equal("'isOnline': 'True' is not true or false.", error);
    }

    [Fact]
    public void Null_arguments_are_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => WebhookEvent.Parse((string)null!));
        Assert.Throws<ArgumentNullException>(() => WebhookEvent.Parse((WebhookForm)null!));
        Assert.Throws<ArgumentNullException>(() => WebhookForm.ParseQuery(null!));
        Assert.Throws<ArgumentNullException>(() => WebhookForm.FromPairs(null!));
    }
}
