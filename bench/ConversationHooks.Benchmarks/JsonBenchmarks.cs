using BenchmarkDotNet.Attributes;
using TwilioAccount = Twilio.Rest.Conversations.V1.Configuration;

namespace ConversationHooks.Benchmarks;

/// <summary>Twilio's docs fetch example (GET /v1/Configuration/Webhooks) to a typed record.</summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    [Benchmark(Baseline = true, Description = "Twilio SDK: WebhookResource.FromJson")]
    public object TwilioSdk() => TwilioAccount.WebhookResource.FromJson(TwilioExamples.AccountFetchJson);

    [Benchmark(Description = "ours: FromJson(string)")]
    public object OursFromString() => AccountWebhookConfiguration.FromJson(TwilioExamples.AccountFetchJson);

    [Benchmark(Description = "ours: FromJson(UTF-8 bytes)")]
    public object OursFromUtf8() => AccountWebhookConfiguration.FromJson(TwilioExamples.AccountFetchUtf8);

    /// <summary>Utf8JsonReader walking the example without reading a value: the floor of any parser built on it.</summary>
    [Benchmark(Description = "floor: Utf8JsonReader walk only")]
    public int ReaderWalkOnly()
    {
        var reader = new System.Text.Json.Utf8JsonReader(TwilioExamples.AccountFetchUtf8);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }
}
