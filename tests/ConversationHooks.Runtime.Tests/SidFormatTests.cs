using System;
using System.Linq;
using System.Text.RegularExpressions;
using ConversationHooks;
using CsCheck;

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
    public void Parse_returns_a_valid_SID_with_its_hex_digits_in_lower_case()
        => Assert.Equal("AC0123456789abcdef0123456789abcdef", SidFormat.Parse(Account, "AccountSid", "AC"));

    [Fact]
    public void Parse_returns_a_SID_already_in_lower_case_unchanged()
    {
        const string lower = "AC0123456789abcdef0123456789abcdef";
        Assert.Same(lower, SidFormat.Parse(lower, "AccountSid", "AC"));
    }

    [Fact]
    public void Parse_of_null_is_an_ArgumentNullException()
        => Assert.Throws<ArgumentNullException>("value", () => SidFormat.Parse(null!, "AccountSid", "AC"));

    [Theory]
    [InlineData("AC123", "a SID is 34 characters long, this one has 5")]
    [InlineData("CH0123456789abcdef0123456789abcdef", "it must start with 'AC', not 'CH'")]
    [InlineData("AC0123456789abcdef0123456789abcdez", "'z' at position 34 is not one")]
    [InlineData("", "cannot be empty")]
    public void Parse_explains_a_failure(string value, string expected)
    {
        var error = Assert.Throws<FormatException>(() => SidFormat.Parse(value, "AccountSid", "AC"));
        Assert.Contains(expected, error.Message);
        Assert.Contains("AccountSid", error.Message);
    }

    [Fact]
    public void Describe_refuses_a_SID_that_broke_no_rule()
        => Assert.Throws<ArgumentException>("error", () => SidFormat.Describe(SidError.None, Account, "AccountSid", "AC"));

    [Fact]
    public void Any_text_is_a_valid_SID_exactly_when_it_has_the_shape_and_a_failure_is_always_a_described_FormatException()
    {
        // A valid account SID with one character replaced, inserted or dropped, or any text at all.
        var nearMiss = Gen.Select(Gen.Int[0, 34], Gen.Char, Gen.Int[0, 2], (at, c, how) => how switch
        {
            0 => Account.Substring(0, Math.Min(at, 33)) + c + Account.Substring(Math.Min(at, 33) + 1),
            1 => Account.Insert(at, c.ToString()),
            _ => Account.Remove(Math.Min(at, 33), 1),
        });
        Gen.OneOf(nearMiss, Gen.String).Sample(text =>
        {
            var valid = Regex.IsMatch(text, "^AC[0-9a-fA-F]{32}\\z");
            Assert.Equal(valid, SidFormat.Check(text.AsSpan(), "AC") == SidError.None);
            if (valid)
            {
                Assert.Equal(text.Substring(0, 2) + text.Substring(2).ToLowerInvariant(), SidFormat.Parse(text, "AccountSid", "AC"));
            }
            else
            {
                var error = Assert.Throws<FormatException>(() => SidFormat.Parse(text, "AccountSid", "AC"));
                Assert.Contains("AccountSid", error.Message);
            }
        }, iter: 20_000);
    }
}
