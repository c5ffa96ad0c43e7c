namespace ConversationHooks.Generated.Tests;

public class SidTypeTests
{
    [Fact]
    public void Parse_gives_the_SID_back_from_ToString()
    {
        var sid = ConversationSid.Parse("CH0123456789abcdef0123456789abcdef");
        Assert.Equal("CH0123456789abcdef0123456789abcdef", sid.ToString());
        Assert.Equal("CH", ConversationSid.Prefix);
        Assert.Equal(sid, ConversationSid.Parse("CH0123456789abcdef0123456789abcdef"));
    }

    [Theory]
    [InlineData("IS0123456789abcdef0123456789abcde", SidError.Length, "a SID is 34 characters long, this one has 33")]
    [InlineData("CH0123456789abcdef0123456789abcdef", SidError.Prefix, "it must start with 'IS', not 'CH'")]
    [InlineData("IS0123456789abcdef0123456789abcdxf", SidError.HexDigits, "'x' at position 33 is not one")]
    public void A_failed_parse_says_which_rule_failed(string value, SidError rule, string message)
    {
        Assert.False(ChatServiceSid.TryParse(value, out _, out var error));
        Assert.Equal(rule, error);
        var exception = Assert.Throws<FormatException>(() => ChatServiceSid.Parse(value));
        Assert.Contains(message, exception.Message);
        Assert.Contains("ChatServiceSid", exception.Message);
    }

    [Fact]
    public void Channel_message_SIDs_take_any_two_upper_case_letters()
    {
        Assert.Null(ChannelMessageSid.Prefix);
        Assert.True(ChannelMessageSid.TryParse("SM0123456789abcdef0123456789abcdef", out _));
        Assert.True(ChannelMessageSid.TryParse("WA0123456789abcdef0123456789abcdef", out _));
        Assert.False(ChannelMessageSid.TryParse("wa0123456789abcdef0123456789abcdef", out _));
    }

    [Fact]
    public void The_default_value_is_empty_not_null()
        => Assert.Equal(string.Empty, default(AccountSid).ToString());
}
