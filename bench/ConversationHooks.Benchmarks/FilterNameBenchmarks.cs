using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace ConversationHooks.Benchmarks;

/// <summary>All 23 filter names parsed from their wire names and formatted back.</summary>
[MemoryDiagnoser]
public class FilterNameBenchmarks
{
    private static readonly string[] WireNames = WebhookFilterNames.All.ToArray();

    private static readonly WebhookFilter[] Filters = WireNames.Select(n => { WebhookFilterNames.TryParse(n, out var f); return f; }).ToArray();

    private static readonly Dictionary<string, WebhookFilter> ByName = WireNames.Zip(Filters).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);

    private static readonly Dictionary<WebhookFilter, string> ToName = ByName.ToDictionary(p => p.Value, p => p.Key);

    [Benchmark(Baseline = true, Description = "Enum.Parse + ToString (members named as on the wire)")]
    public int EnumParseAndToString()
    {
        var length = 0;
        foreach (var name in WireNames)
        {
            length += Enum.Parse<WireNamedFilter>(name).ToString().Length;
        }

        return length;
    }

    [Benchmark(Description = "Dictionary<string, WebhookFilter> both ways")]
    public int Dictionaries()
    {
        var length = 0;
        foreach (var name in WireNames)
        {
            length += ToName[ByName[name]].Length;
        }

        return length;
    }

    [Benchmark(Description = "ours: WebhookFilterNames.TryParse + GetWireName")]
    public int Ours()
    {
        var length = 0;
        foreach (var name in WireNames)
        {
            WebhookFilterNames.TryParse(name, out var filter);
            length += filter.GetWireName().Length;
        }

        return length;
    }

    /// <summary>What a hand-written enum looks like when members are named exactly as the wire names.</summary>
    private enum WireNamedFilter
    {
        onMessageAdd, onMessageUpdate, onMessageRemove, onMessageAdded, onMessageUpdated, onMessageRemoved,
        onConversationAdd, onConversationUpdate, onConversationRemove, onConversationAdded, onConversationUpdated,
        onConversationRemoved, onConversationStateUpdated, onParticipantAdd, onParticipantUpdate, onParticipantRemove,
        onParticipantAdded, onParticipantUpdated, onParticipantRemoved, onDeliveryUpdated, onUserUpdate, onUserAdded,
        onUserUpdated,
    }
}
