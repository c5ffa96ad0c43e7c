using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using BenchmarkDotNet.Attributes;
using TwilioAccount = Twilio.Rest.Conversations.V1.Configuration;

namespace ConversationHooks.Benchmarks;

/// <summary>The form body of Twilio's docs update example (POST /v1/Configuration/Webhooks).</summary>
[MemoryDiagnoser]
public class FormBodyBenchmarks
{
    private readonly AccountWebhookUpdateRequest _ours = new(
        method: AccountWebhookMethod.Post,
        filters: new WebhookFilterValue[] { WebhookFilter.OnConversationUpdated, WebhookFilter.OnMessageRemoved },
        preWebhookUrl: TwilioExamples.PreWebhookUrl,
        postWebhookUrl: TwilioExamples.PostWebhookUrl);

    private readonly TwilioAccount.UpdateWebhookOptions _sdk = new()
    {
        Method = "POST",
        Filters = new List<string> { "onConversationUpdated", "onMessageRemoved" },
        PreWebhookUrl = TwilioExamples.PreWebhookUrl,
        PostWebhookUrl = TwilioExamples.PostWebhookUrl,
    };

    private readonly char[] _buffer = new char[512];

    /// <summary>What the Twilio SDK does: GetParams(), each name and value WebUtility.UrlEncoded, joined.</summary>
    [Benchmark(Baseline = true, Description = "Twilio SDK: GetParams + WebUtility.UrlEncode")]
    public string TwilioSdk()
        => string.Join("&", _sdk.GetParams().Select(p => WebUtility.UrlEncode(p.Key) + "=" + WebUtility.UrlEncode(p.Value)));

    [Benchmark(Description = "FormUrlEncodedContent")]
    public string FormUrlEncodedContent()
        => new FormUrlEncodedContent(_sdk.GetParams()).ReadAsStringAsync().GetAwaiter().GetResult();

    [Benchmark(Description = "ours: ToFormBody()")]
    public string Ours() => _ours.ToFormBody();

    [Benchmark(Description = "ours: TryWriteFormBody(buffer)")]
    public int OursIntoBuffer()
    {
        _ours.TryWriteFormBody(_buffer, out var written);
        return written;
    }
}
