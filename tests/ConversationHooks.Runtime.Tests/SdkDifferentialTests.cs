using System.Collections.Generic;
using System.Collections.Specialized;
using System.Linq;
using CsCheck;
using static ConversationHooks.Runtime.Tests.SignedRequests;

namespace ConversationHooks.Runtime.Tests;

/// <summary>
/// <see cref="TwilioRequestValidator"/> against the real <c>Twilio.Security.RequestValidator</c> (Twilio 8.2.0):
/// the same verdict on random requests without repeated names, and the one place they differ.
/// </summary>
public class SdkDifferentialTests
{
    private static readonly Gen<string> Segment = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-_"], 1, 12];

    private static readonly Gen<string> Urls = Gen.Select(
        Gen.OneOf(Gen.Const("https"), Gen.Const("http")),
        Gen.OneOf(Gen.Const("example.com"), Gen.Const("hooks.example.org"), Gen.Const("a.b.example.net")),
        Gen.OneOf(Gen.Const(string.Empty), Gen.Const(":8080")),
        Segment.Array[0, 4],
        Gen.Select(Segment, Segment).Array[0, 3])
        .Select((scheme, host, port, path, query) => $"{scheme}://{host}{port}/{string.Join("/", path)}"
            + (query.Length == 0 ? string.Empty : "?" + string.Join("&", query.Select(q => q.Item1 + "=" + q.Item2))));

    /// <summary>Distinct names (Twilio's are dotted words); any values, non-ASCII and lone surrogates included.</summary>
    private static readonly Gen<KeyValuePair<string, string>[]> UniqueParameters =
        Gen.Select(Gen.String[Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._"], 1, 20], Gen.String)
            .Array[0, 25]
            .Select(pairs => pairs.DistinctBy(p => p.Item1, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Item1, p.Item2)).ToArray());

    private static readonly Gen<string> Tokens = Gen.String[Gen.Char.AlphaNumeric, 1, 40];

    /// <summary>What a request becomes when someone other than Twilio changed it, or signed it.</summary>
    private enum Tampering
    {
        None,
        OtherToken,
        ValueChanged,
        ParameterAdded,
        ParameterDropped,
        PathChanged,
        SignatureChanged,
    }

    [Fact]
    public void On_requests_without_repeated_names_both_give_the_same_verdict()
        => Gen.Select(Urls, UniqueParameters, Tokens, Gen.Enum<Tampering>(), Gen.Bool).Sample((url, parameters, token, tampering, signedWithDefaultPort) =>
        {
            // Twilio may sign the URL with the default port the receiver does not see (both validators try it).
            var signedUrl = signedWithDefaultPort ? WithDefaultPort(url) : url;
            var signature = Sign(tampering == Tampering.OtherToken ? token + "x" : token, signedUrl, parameters);
            var (receivedUrl, received, receivedSignature) = Tamper(tampering, url, parameters, signature);

            var ours = new TwilioRequestValidator(token).IsValid(receivedUrl, received, receivedSignature, null, out _);
            var sdk = new Twilio.Security.RequestValidator(token).Validate(receivedUrl, received.ToDictionary(p => p.Key, p => p.Value), receivedSignature);

            Assert.Equal(sdk, ours);
            Assert.Equal(tampering == Tampering.None, ours);
        }, iter: 1_500);

    [Fact]
    public void On_requests_with_repeated_names_ours_accepts_what_Twilio_signs_and_the_SDK_rejects_it()
        => Gen.Select(Urls, UniqueParameters, Tokens, Gen.String[Gen.Char["+0123456789"], 1, 15].Array[2, 5]).Sample((url, parameters, token, addresses) =>
        {
            var all = parameters.Where(p => p.Key != "MessagingBinding.Address")
                .Concat(addresses.Select(a => KeyValuePair.Create("MessagingBinding.Address", a)))
                .ToArray();
            var signature = Sign(token, url, all);
            var form = new NameValueCollection();
            foreach (var pair in all)
            {
                form.Add(pair.Key, pair.Value);
            }

            Assert.True(new TwilioRequestValidator(token).IsValid(url, all, signature, null, out _));
            Assert.False(new Twilio.Security.RequestValidator(token).Validate(url, form, signature));
        }, iter: 200);

    [Theory]
    [InlineData("https://example.com/twilio", "https://example.com:443/twilio")]
    [InlineData("http://example.com/twilio", "http://example.com:80/twilio")]
    [InlineData("https://example.com/twilio", "https://user:password@example.com/twilio")]
    public void Where_they_differ_without_repeated_names_ours_accepts_Twilios_rule_and_the_SDK_rejects_it(string signedUrl, string receivedUrl)
    {
        // The SDK adds a missing default port but does not remove one it receives; Twilio drops
        // credentials before signing (its security notes) and the SDK keeps them.
        var parameters = Pairs("EventType", "onMessageAdded");
        var signature = Sign("token", signedUrl, parameters);

        Assert.True(new TwilioRequestValidator("token").IsValid(receivedUrl, parameters, signature, null, out _));
        Assert.False(new Twilio.Security.RequestValidator("token").Validate(receivedUrl, parameters.ToDictionary(p => p.Key, p => p.Value), signature));
    }

    private static string WithDefaultPort(string url)
    {
        var hostEnd = url.IndexOf('/', url.IndexOf("://", StringComparison.Ordinal) + 3);
        return url.Substring(hostEnd - 5, 5) == ":8080" ? url : url.Insert(hostEnd, url.StartsWith("https", StringComparison.Ordinal) ? ":443" : ":80");
    }

    private static (string Url, KeyValuePair<string, string>[] Parameters, string Signature) Tamper(Tampering tampering, string url, KeyValuePair<string, string>[] parameters, string signature)
        => tampering switch
        {
            Tampering.ValueChanged when parameters.Length > 0 => (url, parameters.Select((p, i) => i == 0 ? KeyValuePair.Create(p.Key, p.Value + "!") : p).ToArray(), signature),
            Tampering.ParameterDropped when parameters.Length > 0 => (url, parameters.Skip(1).ToArray(), signature),
            Tampering.ParameterAdded or Tampering.ValueChanged or Tampering.ParameterDropped => (url, parameters.Where(p => p.Key != "Added").Append(KeyValuePair.Create("Added", "1")).ToArray(), signature),
            Tampering.PathChanged => (url.Replace("://", "://x"), parameters, signature),
            Tampering.SignatureChanged => (url, parameters, (signature[0] == 'A' ? "B" : "A") + signature.Substring(1)),
            _ => (url, parameters, signature),
        };
}
