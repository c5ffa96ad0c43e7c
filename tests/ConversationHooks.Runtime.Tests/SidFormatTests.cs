using System;
using ConversationHooks;

namespace ConversationHooks.Runtime.Tests;

public class SidFormatTests
{
    private const string Account = "AC0123456789abcdef0123456789ABCDEF";

    [Theory]
    [InlineData(Account, "AC", SidError.None)]
    [InlineData("", "AC", SidError.Missing)]
    [InlineData("AC0123456789abcdef0123456789abcde", "AC", SidError.Length)]
    [InlineData("CH0123456789abcdef0123456789abcdef", "AC", SidError.Prefix)]
    [InlineData("ac0123456789abcdef0123456789abcdef", "AC", SidError.Prefix)]
    [InlineData("AC0123456789abcdef0123456789abcdeg", "AC", SidError.HexDigits)]
    [InlineData("WA0123456789abcdef0123456789abcdef", null, SidError.None)]
    [InlineData("w10123456789abcdef0123456789abcdef", null, SidError.Prefix)]
    public void Check_names_the_rule_that_failed(string value, string? prefix, SidError expected)
        => Assert.Equal(expected, SidFormat.Check(value.AsSpan(), prefix));

    [Fact]
    public void Validate_returns_a_valid_SID_unchanged()
        => Assert.Same(Account, SidFormat.Validate(Account, "AccountSid", "AC"));

    [Theory]
    [InlineData("AC123", "a SID is 34 characters long, this one has 5")]
    [InlineData("CH0123456789abcdef0123456789abcdef", "it must start with 'AC', not 'CH'")]
    [InlineData("AC0123456789abcdef0123456789abcdez", "'z' at position 34 is not one")]
    [InlineData(null, "cannot be empty")]
    public void Validate_explains_a_failure(string? value, string expected)
    {
        var error = Assert.Throws<FormatException>(() => SidFormat.Validate(value, "AccountSid", "AC"));
        Assert.Contains(expected, error.Message);
        Assert.Contains("AccountSid", error.Message);
    }
}
