using System;
using System.Collections.Generic;
using System.Linq;
using ConversationHooks;
using CsCheck;

namespace ConversationHooks.Runtime.Tests;

public class FormReaderWriterTests
{
    private sealed class Pairs(IReadOnlyList<KeyValuePair<string, string>> pairs) : IFormContent
    {
        public void WriteForm(ref FormWriter writer)
        {
            foreach (var (name, value) in pairs)
            {
                writer.Add(name, value);
            }
        }
    }

    // Names are never empty (an empty name would be a pair Twilio cannot send); values may be.
    private static readonly Gen<string> Text = Gen.OneOf(Gen.String, Gen.String[Gen.Char["&=+% é😀"], 0, 10]);
    private static readonly Gen<KeyValuePair<string, string>[]> PairsGen =
        Gen.Select(Gen.OneOf(Text, Gen.Const("Filters")).Where(n => n.Length > 0), Text, (n, v) => KeyValuePair.Create(n, v)).Array[0, 12];

    private static string Valid(string text) => new(text.Select(c => char.IsSurrogate(c) ? 'x' : c).ToArray());

    [Fact]
    public void Writing_then_reading_gives_back_every_pair_in_order()
        => PairsGen.Select(ps => ps.Select(p => KeyValuePair.Create(Valid(p.Key), Valid(p.Value))).ToArray())
            .Sample(pairs =>
            {
                var body = FormWriter.ToFormBody(new Pairs(pairs));
                Assert.Equal(pairs, FormReader.Parse(body));
            }, iter: 3_000);

    [Fact]
    public void Writing_into_a_buffer_gives_the_same_text_as_ToFormBody()
        => PairsGen.Sample(pairs =>
        {
            var content = new Pairs(pairs);
            var expected = FormWriter.ToFormBody(content);
            var buffer = new char[expected.Length];
            Assert.True(FormWriter.TryWriteFormBody(content, buffer, out var written));
            Assert.Equal(expected, new string(buffer, 0, written));
            if (expected.Length > 0)
            {
                Assert.False(FormWriter.TryWriteFormBody(content, buffer.AsSpan(0, expected.Length - 1), out written));
                Assert.Equal(0, written);
            }
        }, iter: 2_000);

    [Fact]
    public void Repeated_keys_are_kept_in_order()
    {
        var pairs = FormReader.Parse("Filters=onMessageAdded&Method=POST&Filters=onMessageRemoved");
        Assert.Equal(new[] { "Filters", "Method", "Filters" }, pairs.Select(p => p.Key));
        Assert.Equal(new[] { "onMessageAdded", "POST", "onMessageRemoved" }, pairs.Select(p => p.Value));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("&&", "")]
    [InlineData("a", "a=")]
    [InlineData("a=", "a=")]
    [InlineData("=x", "=x")]
    [InlineData("a&&b=1&", "a=,b=1")]
    public void Empty_parts_are_skipped_and_missing_values_are_empty(string body, string expected)
        => Assert.Equal(expected, string.Join(",", FormReader.Parse(body).Select(p => p.Key + "=" + p.Value)));

    [Fact]
    public void A_malformed_escape_is_reported_at_its_offset_in_the_body()
    {
        var error = Assert.Throws<FormatException>(() => FormReader.Parse("Method=POST&Filters=on%ZZ"));
        Assert.Contains("offset 22", error.Message);
    }

    [Fact]
    public void ToParameters_keeps_the_raw_values()
    {
        var pairs = new[] { KeyValuePair.Create("PreWebhookUrl", "https://x.test/a b") };
        Assert.Equal(pairs, FormWriter.ToParameters(new Pairs(pairs)));
    }

    [Fact]
    public void Adding_null_is_an_error_not_a_silent_skip()
    {
        Assert.Throws<ArgumentNullException>(() => FormWriter.ToFormBody(new Pairs(new[] { KeyValuePair.Create("Filters", (string)null!) })));
    }
}
