using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using ConversationHooks.Runtime.Tests;

namespace ConversationHooks.Benchmarks;

/// <summary>Checking the X-Twilio-Signature of a typical onMessageAdded delivery (a valid one).</summary>
[MemoryDiagnoser]
public class SignatureBenchmarks
{
    // An auth token has the shape of 32 hex digits.
    private const string AuthToken = "0123456789abcdef0123456789abcdef";

    private readonly IReadOnlyList<KeyValuePair<string, string>> _parameters = FormReader.Parse(TypicalRequests.MessageAddedBody);
    private readonly Dictionary<string, string> _form;
    private readonly Twilio.Security.RequestValidator _sdk = new(AuthToken);
    private readonly TwilioRequestValidator _ours = new(AuthToken);
    private readonly byte[] _key = Encoding.UTF8.GetBytes(AuthToken);
    private readonly byte[] _signedBytes;
    private readonly string _signature;

    public SignatureBenchmarks()
    {
        _form = _parameters.ToDictionary(p => p.Key, p => p.Value);
        _signedBytes = Encoding.UTF8.GetBytes(TypicalRequests.Url + string.Concat(_parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + p.Value)));
        _signature = Convert.ToBase64String(HMACSHA1.HashData(_key, _signedBytes));
        if (!TwilioSdk() || !Ours())
        {
            throw new InvalidOperationException("The benchmark's request must be valid.");
        }
    }

    /// <summary>What users write today: the form as a dictionary, the SDK's validator kept across requests.</summary>
    [Benchmark(Baseline = true, Description = "Twilio SDK: RequestValidator.Validate(url, dictionary, signature)")]
    public bool TwilioSdk() => _sdk.Validate(TypicalRequests.Url, _form, _signature);

    [Benchmark(Description = "ours: IsValid(url, parameters, signature)")]
    public bool Ours() => _ours.IsValid(TypicalRequests.Url, _parameters, _signature, null, out _);

    /// <summary>One HMAC-SHA1 over the bytes the signature covers, already laid out: what no validator can avoid.</summary>
    [Benchmark(Description = "floor: one HMAC-SHA1 over the signed bytes")]
    public int Floor()
    {
        Span<byte> hash = stackalloc byte[20];
        return HMACSHA1.HashData(_key, _signedBytes, hash);
    }
}
