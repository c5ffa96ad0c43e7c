using System.Collections.Generic;

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

    [Theory]
    [InlineData("{}", true)]
    [InlineData("[1, {\"a\": null}]", true)]
    [InlineData("{", false)]
    [InlineData("{} {}", false)]
    [InlineData("", false)]
    public void JsonText_holds_exactly_one_well_formed_JSON_value(string json, bool valid)
        => Assert.Equal(valid, JsonText.TryParse(json, out _, out _));
}
