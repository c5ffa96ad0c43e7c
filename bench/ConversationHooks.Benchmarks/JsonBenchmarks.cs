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
}
