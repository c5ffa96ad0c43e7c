using System.Collections.Generic;
using CsCheck;

namespace ConversationHooks.Runtime.Tests;

public class WebhookFormTests
{
    [Fact]
    public void Pairs_keep_their_order_and_every_repeated_key()
    {
        var form = WebhookForm.Parse("MessagingBinding.Address=%2B1555&EventType=onConversationAdd&MessagingBinding.Address=%2B1666");

        Assert.Equal(3, form.Count);
        Assert.Equal(new[] { "+1555", "+1666" }, form.GetValues("MessagingBinding.Address"));
        Assert.Equal(new KeyValuePair<string, string>("EventType", "onConversationAdd"), form[1]);
        Assert.Null(form.GetValue("Body"));
    }

    [Fact]
    public void A_body_goes_back_out_exactly_as_it_came_even_in_another_encoding_style()
    {
        const string body = "Body=Hello%20world%2c+again&Author=%61lice";

        var form = WebhookForm.Parse(body);

        Assert.Equal("Hello world, again", form.GetValue("Body"));
        Assert.Equal("alice", form.GetValue("Author"));
        Assert.Equal(body, form.ToFormBody());
    }

    [Fact]
    public void A_query_string_is_read_with_or_without_its_question_mark()
    {
        Assert.Equal("onMessageAdded", WebhookForm.ParseQuery("?EventType=onMessageAdded").GetValue("EventType"));
        Assert.Equal("EventType=onMessageAdded", WebhookForm.ParseQuery("EventType=onMessageAdded").ToFormBody());
    }

    [Fact]
    public void Pairs_from_a_framework_are_written_as_the_Twilio_SDK_encodes()
    {
        var form = WebhookForm.FromPairs(new[] { new KeyValuePair<string, string>("Body", "a b,c~") });

        Assert.Equal("Body=a+b%2Cc%7E", form.ToFormBody());
    }

    [Theory]
    [InlineData("Body=%4", "Malformed percent-escape at offset 5")]
    [InlineData("Body=ok&Author=%C3", "The percent-escapes of the text at offset 15 are not valid UTF-8.")]
    [InlineData("%ZZ=1", "Malformed percent-escape '%ZZ' at offset 0")]
    public void A_malformed_escape_is_a_failure_that_says_where(string body, string expected)
    {
        Assert.False(WebhookForm.TryParse(body, out var form, out var error));
        Assert.Null(form);
        Assert.StartsWith(expected, error);
        Assert.StartsWith(expected, Assert.Throws<FormatException>(() => WebhookForm.Parse(body)).Message);
    }

    // Built in code: an attribute argument cannot carry a lone surrogate (it is stored as UTF-8).
    [Theory]
    [InlineData("Body=ok&Author=a", "b", 16)]
    [InlineData("Na", "me=1", 2)]
    public void A_lone_surrogate_is_a_failure_that_says_where(string before, string after, int offset)
    {
        var body = before + "\uD800" + after;

        Assert.False(WebhookForm.TryParse(body, out var form, out var error));
        Assert.Null(form);
        Assert.Equal($"A lone UTF-16 surrogate at offset {offset} is not text.", error);
    }

    [Theory]
    [InlineData("{}", true)]
    [InlineData("[1, {\"a\": null}]", true)]
    [InlineData("{", false)]
    [InlineData("{} {}", false)]
    [InlineData("", false)]
    public void JsonText_holds_exactly_one_well_formed_JSON_value(string json, bool valid)
        => Assert.Equal(valid, JsonText.TryParse(json, out _, out _));
}

public class WebhookFormCursorTests
{
    private static readonly string[] IsoFormats = { "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK" };

    [Fact]
    public void A_date_reads_as_the_general_ISO_8601_parser_reads_it()
    {
        // Twilio's shape is read by hand (the general parser costs more than the rest of an event): the two must agree.
        var digit = Gen.Frequency((9, Gen.Char['0', '9']), (1, Gen.Char[" !+-/:"]));
        // Real traffic has milliseconds (2021-08-10T18:34:58.111Z): fractions of any length, or a dot without one.
        var fraction = Gen.OneOf(Gen.Const(string.Empty), Gen.Const("."), digit.Array[1, 9].Select(f => "." + new string(f)));
        var twilioShaped = Gen.Select(digit.Array[14], fraction, Gen.Char["Z+T0"], (d, f, last) =>
            $"{d[0]}{d[1]}{d[2]}{d[3]}-{d[4]}{d[5]}-{d[6]}{d[7]}T{d[8]}{d[9]}:{d[10]}{d[11]}:{d[12]}{d[13]}{f}{last}");
        Gen.OneOf(twilioShaped, Gen.String[0, 25], Gen.Const("2024-02-29T23:59:59Z"), Gen.Const("2021-08-10T18:34:58.111Z"), Gen.Const("2026-03-01T10:15:30.123+02:00")).Sample(text =>
        {
            var expected = DateTimeOffset.TryParseExact(text, IsoFormats, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var general);
            var cursor = WebhookForm.Parse("D=" + System.Net.WebUtility.UrlEncode(text)).GetCursor();
            Assert.True(cursor.MoveNext());
            DateTimeOffset? slot = null;

            cursor.Read(ref slot);

            Assert.Equal(expected ? general : null, slot);
            Assert.Equal(expected, cursor.UnreadParameters.Count == 0);
        }, iter: 20_000);
    }
}
