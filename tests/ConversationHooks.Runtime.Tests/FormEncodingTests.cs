using System;
using System.Net;
using ConversationHooks;
using CsCheck;

namespace ConversationHooks.Runtime.Tests;

public class FormEncodingTests
{
    // Strings rich in the characters that matter: reserved ASCII, spaces, non-ASCII, surrogates (paired and lone).
    private static readonly Gen<string> WireText = Gen.OneOf(
        Gen.String,
        Gen.String[Gen.Char["&=+% .-_!*()~'/?#"], 0, 20],
        Gen.Char.Array[0, 30].Select(chars => new string(chars)),
        Gen.String[Gen.Char['\uD800', '\uDFFF'], 0, 4]);

    [Fact]
    public void Encode_matches_WebUtility_UrlEncode_byte_for_byte()
        => WireText.Sample(text => Assert.Equal(WebUtility.UrlEncode(text), FormEncoding.Encode(text)), iter: 5_000);

    [Fact]
    public void GetEncodedLength_is_the_length_of_the_encoding()
        => WireText.Sample(text => Assert.Equal(WebUtility.UrlEncode(text).Length, FormEncoding.GetEncodedLength(text.AsSpan())), iter: 5_000);

    [Theory]
    [InlineData("a b", "a+b")]
    [InlineData("https://company.com/x?y=1&z", "https%3A%2F%2Fcompany.com%2Fx%3Fy%3D1%26z")]
    [InlineData("-_.!*()", "-_.!*()")]
    [InlineData("~'", "%7E%27")]
    [InlineData("é€😀", "%C3%A9%E2%82%AC%F0%9F%98%80")]
    public void Encode_uses_upper_case_hex_and_plus_for_space(string text, string expected)
        => Assert.Equal(expected, FormEncoding.Encode(text));

    [Fact]
    public void A_lone_surrogate_is_encoded_as_the_replacement_character()
        => Assert.Equal("a%EF%BF%BDb", FormEncoding.Encode("a" + (char)0xD800 + "b"));

    [Fact]
    public void TryEncode_reports_a_destination_that_is_too_short()
    {
        Span<char> destination = stackalloc char[4];
        Assert.False(FormEncoding.TryEncode("a/b".AsSpan(), destination, out _));
        Assert.True(FormEncoding.TryEncode("a+b".AsSpan().Slice(0, 1), destination, out var written));
        Assert.Equal(1, written);
    }

    [Fact]
    public void TryEncode_fits_exactly_when_the_destination_holds_the_encoding_and_never_writes_past_it()
        => Gen.Select(WireText, Gen.Int[0, 8]).Sample((text, slack) =>
        {
            var expected = WebUtility.UrlEncode(text);
            // Every length from too short by `slack` up to exact: fails below the length, succeeds at it.
            var length = Math.Max(0, expected.Length - slack);
            var destination = new char[length + 1];
            destination[length] = '#';
            var fits = FormEncoding.TryEncode(text.AsSpan(), destination.AsSpan(0, length), out var written);
            Assert.Equal(length == expected.Length, fits);
            Assert.Equal(fits ? expected : string.Empty, new string(destination, 0, written));
            Assert.Equal('#', destination[length]);
        }, iter: 5_000);

    [Theory]
    [InlineData("a%2", 1)]
    [InlineData("abc%", 3)]
    [InlineData("x%G1", 1)]
    [InlineData("x%1-y", 1)]
    public void Decode_names_the_offset_of_a_malformed_escape(string encoded, int offset)
    {
        var error = Assert.Throws<FormatException>(() => FormEncoding.Decode(encoded.AsSpan()));
        Assert.Contains($"offset {offset}", error.Message);
    }

    [Fact]
    public void Decode_rejects_escapes_that_are_not_UTF8()
    {
        var error = Assert.Throws<FormatException>(() => FormEncoding.Decode("%C3%28".AsSpan(), offset: 10));
        Assert.Contains("not valid UTF-8", error.Message);
        Assert.Contains("offset 10", error.Message);
    }

    // H and L stand for a high and a low surrogate: attribute data cannot hold a lone one.
    [Theory]
    [InlineData("abH", 2)]
    [InlineData("Lab", 0)]
    [InlineData("a%41H+", 4)]
    [InlineData("HLL", 2)]
    [InlineData("HH", 0)]
    public void Decode_rejects_a_lone_surrogate_at_its_offset(string pattern, int offset)
    {
        var encoded = pattern.Replace('H', '\uD83D').Replace('L', '\uDE00');
        var error = Assert.Throws<FormatException>(() => FormEncoding.Decode(encoded.AsSpan(), offset: 10));
        Assert.Contains($"offset {10 + offset}", error.Message);
    }

    [Fact]
    public void Decode_keeps_a_surrogate_pair()
        => Assert.Equal("a\uD83D\uDE00", FormEncoding.Decode("a\uD83D\uDE00".AsSpan()));

    [Theory]
    [InlineData("a+b", "a b")]
    [InlineData("%41%62", "Ab")]
    [InlineData("%e2%82%ac", "€")]
    [InlineData("plain", "plain")]
    public void Decode_accepts_plus_and_percent_escapes_in_either_case(string encoded, string expected)
        => Assert.Equal(expected, FormEncoding.Decode(encoded.AsSpan()));
}
