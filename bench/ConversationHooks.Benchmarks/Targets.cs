using System;

namespace ConversationHooks.Benchmarks;

/// <summary>The targets each comparison is held to (issue: benchmarks against the Twilio SDK).</summary>
internal static class Targets
{
    /// <summary>The endpoint's target (issue 11), against a minimal-API endpoint that only reads the form.</summary>
    public const string Endpoint = "at least 70% of the floor's requests/s";

    public static string For(Type benchmarks, string method) => (benchmarks.Name, method) switch
    {
        (nameof(FormBodyBenchmarks), nameof(FormBodyBenchmarks.Ours)) => ">= 10x faster than the SDK; one allocation (the string)",
        (nameof(FormBodyBenchmarks), nameof(FormBodyBenchmarks.OursIntoBuffer)) => "no allocation",
        (nameof(FormBodyBenchmarks), _) => "(another alternative)",
        (nameof(JsonBenchmarks), nameof(JsonBenchmarks.ReaderWalkOnly)) => "(the floor: tokenizing alone)",
        (nameof(JsonBenchmarks), _) => ">= 5x faster and 5x less allocated than the SDK",
        (nameof(FilterNameBenchmarks), nameof(FilterNameBenchmarks.Ours)) => ">= 5x faster than Enum.Parse; 0 B",
        (nameof(FilterNameBenchmarks), _) => "(another alternative)",
        (nameof(EventParsingBenchmarks), _) => ">= 3x faster, <= 1/3 of the allocation",
        (nameof(GeneratorBenchmarks), _) => "cached run >= 50x cheaper than a full run",
        (nameof(SignatureBenchmarks), nameof(SignatureBenchmarks.Ours)) => ">= 3x faster than the SDK, at most 1.5x the floor; 0 B",
        (nameof(SignatureBenchmarks), _) => "(the floor: one HMAC-SHA1 over the same bytes)",
        _ => string.Empty,
    };
}
