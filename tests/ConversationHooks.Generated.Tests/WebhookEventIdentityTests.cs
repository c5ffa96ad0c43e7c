using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Reflection;
using System.Text.Json;
using ConversationHooks.Tests;
using CsCheck;

namespace ConversationHooks.Generated.Tests;

/// <summary>
/// What an event needs: only what identifies it (the spec's <c>required</c> parameters: <c>EventType</c>,
/// <c>AccountSid</c>, the SIDs of its resource). Everything else may be missing or unreadable, for all 23 events.
/// </summary>
public class WebhookEventIdentityTests
{
    private static readonly JsonElement Spec = JsonDocument.Parse(File.ReadAllText(Repository.PathOf("webhook-spec.json"))).RootElement;

    public static TheoryData<string> Events() => new(Fixture.EventNames());

    /// <summary>The spec's required parameters of <paramref name="filter"/>, the common ones first.</summary>
    private static HashSet<string> IdentityOf(string filter)
    {
        var parameters = Spec.GetProperty("commonParameters").EnumerateArray()
            .Concat(Spec.GetProperty("filters").EnumerateArray().Single(f => f.GetProperty("name").GetString() == filter).GetProperty("parameters").EnumerateArray());
        return parameters.Where(p => p.TryGetProperty("required", out var r) && r.GetBoolean()).Select(p => p.GetProperty("name").GetString()!).ToHashSet();
    }

    private static List<KeyValuePair<string, string>> PairsOf(string filter) => FormReader.Parse(Fixture.ReadEvent(filter)).ToList();

    private static string Encode(IEnumerable<KeyValuePair<string, string>> pairs)
        => string.Join("&", pairs.Select(p => WebUtility.UrlEncode(p.Key) + "=" + WebUtility.UrlEncode(p.Value)));

    /// <summary>The event's public properties, by wire name as the generated code names them (<c>isOnline</c> is <c>IsOnline</c>).</summary>
    private static IEnumerable<PropertyInfo> PayloadProperties(WebhookEvent e)
        => e.GetType().GetProperties().Where(p => p.Name is not (nameof(WebhookEvent.Form) or nameof(WebhookEvent.UnreadParameters)));

    [Fact]
    public void Only_sids_and_the_event_type_identify_an_event()
    {
        foreach (var filter in Fixture.EventNames())
        {
            Assert.Contains("EventType", IdentityOf(filter));
            Assert.Contains("AccountSid", IdentityOf(filter));
            Assert.All(IdentityOf(filter).Except(new[] { "EventType" }), name => Assert.EndsWith("Sid", name));
        }
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void A_request_with_only_the_identifying_parameters_is_the_typed_event_with_everything_else_null(string filter)
    {
        var identity = IdentityOf(filter);
        var body = Encode(PairsOf(filter).Where(p => identity.Contains(p.Key)));

        var e = WebhookEvent.Parse(body, WebhookReadMode.Strict);

        Assert.Equal(filter.Substring(2) + "Event", e.GetType().Name);
        Assert.Empty(e.UnreadParameters);
        Assert.Equal(body, e.ToFormBody());
        var identityProperties = identity.Select(n => char.ToUpperInvariant(n[0]) + n.Substring(1)).ToHashSet();
        foreach (var property in PayloadProperties(e))
        {
            var value = property.GetValue(e);
            if (identityProperties.Contains(property.Name))
            {
                Assert.NotNull(value);
            }
            else
            {
                Assert.True(value is null, $"{filter}: {property.Name} is {value}, but the request does not have it.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void A_request_with_every_documented_parameter_lands_each_value_in_its_property(string filter)
    {
        var e = WebhookEvent.Parse(Fixture.ReadEvent(filter), WebhookReadMode.Strict);

        Assert.Empty(e.UnreadParameters);
        var names = PairsOf(filter).Select(p => p.Key.Replace(".", string.Empty)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var property in PayloadProperties(e).Where(p => names.Contains(p.Name)))
        {
            Assert.True(property.GetValue(e) is not null, $"{filter}: {property.Name} is in the request but its property is null.");
        }
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void Without_one_identifying_parameter_the_event_cannot_be_read_and_the_error_names_it(string filter)
    {
        foreach (var missing in IdentityOf(filter).Where(n => n != "EventType"))
        {
            var body = Encode(PairsOf(filter).Where(p => p.Key != missing));

            Assert.False(WebhookEvent.TryParse(body, out var parsed, out var error));
            Assert.Null(parsed);
            Assert.Contains($"'{missing}'", error);
        }
    }

    /// <summary>Names of the documented parameters and values that are no such thing.</summary>
    private static readonly Gen<string> Garbage = Gen.OneOf(
        Gen.Const(string.Empty), Gen.Const("x"), Gen.Const("-"), Gen.Const("2021-13-45T99:99:99Z"), Gen.Const("{"), Gen.Const("[{]"), Gen.Const("True"), Gen.Const("99999999999"),
        Gen.Const("CH1234567890abcdef1234567890abcdef"), Gen.Char.Where(c => !char.IsSurrogate(c)).Array[0, 12].Select(c => new string(c)));

    [Fact]
    public void Any_subset_of_the_documented_parameters_with_garbage_in_the_rest_reads_and_keeps_every_pair()
        => Gen.Select(Gen.Int[0, Fixture.EventNames().Count() - 1], Gen.Bool.Array[40], Garbage.Array[40], Gen.Bool.Array[40], (index, keep, garbage, spoil) => (index, keep, garbage, spoil))
            .Sample(t =>
            {
                var filter = Fixture.EventNames().ElementAt(t.index);
                var identity = IdentityOf(filter);
                var pairs = PairsOf(filter)
                    .Select((p, i) => (p, i))
                    .Where(x => identity.Contains(x.p.Key) || t.keep[x.i])
                    .Select(x => identity.Contains(x.p.Key) || !t.spoil[x.i] ? x.p : new KeyValuePair<string, string>(x.p.Key, t.garbage[x.i]))
                    .ToList();
                var body = Encode(pairs);

                Assert.True(WebhookEvent.TryParse(body, out var parsed, out var error), error);
                Assert.Equal(filter.Substring(2) + "Event", parsed!.GetType().Name);
                Assert.Equal(pairs, parsed.Form);
                Assert.Equal(body, parsed.ToFormBody());
                Assert.All(parsed.UnreadParameters, u => Assert.DoesNotContain(u.Name, identity));
            }, iter: 2_000);
}
