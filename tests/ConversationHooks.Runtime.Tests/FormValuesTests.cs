using System;
using System.Globalization;
using ConversationHooks.Internal;
using CsCheck;

namespace ConversationHooks.Runtime.Tests;

public class FormValuesTests
{
    [Theory]
    [InlineData("1/2/2020")]
    [InlineData("2020-01-02")]
    [InlineData("2019-08-29 18:51:44Z")]
    [InlineData("2019-08-29T18:51:44")]
    [InlineData(" 2019-08-29T18:51:44Z")]
    [InlineData("Thu, 29 Aug 2019 18:51:44 GMT")]
    public void ParseDateTimeOffset_rejects_what_is_not_an_ISO_8601_instant(string value)
    {
        var error = Assert.Throws<FormatException>(() => FormValues.ParseDateTimeOffset(value, "DateCreated"));
        Assert.Contains("'DateCreated'", error.Message);
    }

    [Theory]
    [InlineData("2019-08-29T18:51:44Z", "2019-08-29T18:51:44.0000000+00:00")]
    [InlineData("2019-08-29T18:51:44.123Z", "2019-08-29T18:51:44.1230000+00:00")]
    [InlineData("2019-08-29T20:51:44+02:00", "2019-08-29T20:51:44.0000000+02:00")]
    public void ParseDateTimeOffset_reads_ISO_8601_with_its_offset(string value, string expected)
        => Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), FormValues.ParseDateTimeOffset(value, "DateCreated"));

    [Fact]
    public void ParseDateTimeOffset_ignores_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            Assert.Equal(new DateTimeOffset(2019, 8, 29, 18, 51, 44, TimeSpan.Zero), FormValues.ParseDateTimeOffset("2019-08-29T18:51:44Z", "DateCreated"));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Format_writes_a_UTC_instant_the_way_Twilio_sends_it()
        => Assert.Equal("2019-08-29T18:51:44Z", FormValues.Format(new DateTimeOffset(2019, 8, 29, 18, 51, 44, TimeSpan.Zero)));

    [Fact]
    public void Format_then_parse_gives_back_the_same_instant_and_offset()
        => Gen.Select(Gen.Long[DateTimeOffset.MinValue.UtcTicks + TimeSpan.TicksPerDay, DateTimeOffset.MaxValue.UtcTicks - TimeSpan.TicksPerDay], Gen.Int[-14 * 60, 14 * 60])
            .Sample((ticks, minutes) =>
            {
                var value = new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(minutes));
                var back = FormValues.ParseDateTimeOffset(FormValues.Format(value), "DateCreated");
                Assert.Equal(value.UtcTicks, back.UtcTicks);
                Assert.Equal(value.Offset, back.Offset);
            }, iter: 5_000);

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void ParseBoolean_reads_what_Twilio_sends(string value, bool expected)
        => Assert.Equal(expected, FormValues.ParseBoolean(value, "isOnline"));

    [Theory]
    [InlineData(" True ")]
    [InlineData("True")]
    [InlineData("FALSE")]
    [InlineData("true ")]
    [InlineData("1")]
    [InlineData("")]
    public void ParseBoolean_rejects_anything_else(string value)
    {
        var error = Assert.Throws<FormatException>(() => FormValues.ParseBoolean(value, "isOnline"));
        Assert.Contains("'isOnline'", error.Message);
    }
}
