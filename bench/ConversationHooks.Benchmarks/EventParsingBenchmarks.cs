using System;
using System.Globalization;
using System.Net;
using BenchmarkDotNet.Attributes;

namespace ConversationHooks.Benchmarks;

/// <summary>
/// An onMessageAdded request shaped like real traffic (domain.md section 3; Fixtures/real-traffic of the
/// generated-code tests): a date with milliseconds, <c>ChatServiceSid</c> and <c>RetryCount</c>, which the docs do
/// not list, and a payload enum in lower case (the case-insensitive path), read into its typed event.
/// </summary>
[MemoryDiagnoser]
public class EventParsingBenchmarks
{
    private const string Hex = "0123456789abcdef0123456789abcdef";

    /// <summary>The form body Twilio posts, encoded as its SDKs encode.</summary>
    public static readonly string Body = string.Join("&",
        Pair("AccountSid", "AC" + Hex),
        Pair("EventType", "onMessageAdded"),
        Pair("Source", "sdk"),
        Pair("ClientIdentity", "alice@example.com"),
        Pair("RetryCount", "0"),
        Pair("ConversationSid", "CH" + Hex),
        Pair("MessageSid", "IM" + Hex),
        Pair("MessagingServiceSid", "MG" + Hex),
        Pair("Index", "42"),
        Pair("DateCreated", "2025-11-03T09:12:45.902Z"),
        Pair("Body", "Hi! Are we still on for lunch tomorrow at noon?"),
        Pair("Author", "alice@example.com"),
        Pair("ParticipantSid", "MB" + Hex),
        Pair("Attributes", "{}"),
        Pair("ChatServiceSid", "IS" + Hex));

    /// <summary>
    /// What users write today: WebUtilities reads the form into a dictionary, then each value is
    /// converted by hand into the same types (SIDs checked by the same rules, the event type and
    /// source as wire values, the index and date parsed, the conversation service's SID).
    /// </summary>
    [Benchmark(Baseline = true, Description = "WebUtilities FormReader + dictionary + hand conversions")]
    public object WebUtilitiesByHand()
    {
        var form = new Microsoft.AspNetCore.WebUtilities.FormReader(Body).ReadForm();
        return new HandReadMessage(
            AccountSid.Parse(form["AccountSid"]!),
            WebhookFilterValue.FromWireName(form["EventType"]!),
            EventSourceValue.FromWireName(form["Source"]!),
            form.TryGetValue("ClientIdentity", out var client) ? (string?)client : null,
            form.TryGetValue("RetryCount", out var retry) ? int.Parse(retry!, CultureInfo.InvariantCulture) : null,
            ConversationSid.Parse(form["ConversationSid"]!),
            MessageSid.Parse(form["MessageSid"]!),
            MessagingServiceSid.Parse(form["MessagingServiceSid"]!),
            int.Parse(form["Index"]!, CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(form["DateCreated"]!, CultureInfo.InvariantCulture),
            form.TryGetValue("Body", out var body) ? (string?)body : null,
            form["Author"]!,
            form.TryGetValue("ParticipantSid", out var participant) ? ParticipantSid.Parse(participant!) : null,
            form["Attributes"]!,
            form.TryGetValue("ChatServiceSid", out var service) ? ChatServiceSid.Parse(service!) : null);
    }

    [Benchmark(Description = "ours: WebhookEvent.Parse(body)")]
    public object Ours() => WebhookEvent.Parse(Body);

    private static string Pair(string name, string value) => WebUtility.UrlEncode(name) + "=" + WebUtility.UrlEncode(value);

    private sealed record HandReadMessage(
        AccountSid AccountSid, WebhookFilterValue EventType, EventSourceValue Source, string? ClientIdentity, int? RetryCount,
        ConversationSid ConversationSid, MessageSid MessageSid, MessagingServiceSid MessagingServiceSid, int Index,
        DateTimeOffset DateCreated, string? Body, string Author, ParticipantSid? ParticipantSid, string Attributes, ChatServiceSid? ChatServiceSid);
}
