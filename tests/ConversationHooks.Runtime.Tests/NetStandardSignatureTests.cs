using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CsCheck;
using static ConversationHooks.Runtime.Tests.SignedRequests;

namespace ConversationHooks.Runtime.Tests;

/// <summary>
/// The netstandard2.0 build's <see cref="TwilioRequestValidator"/> (its own hashing, Base64, sorting and
/// comparison code, without .NET 8's one-shot APIs), loaded beside the net8.0 one: the same verdicts.
/// </summary>
public class NetStandardSignatureTests
{
    private static readonly Type Validator = NetStandardBuildTests.NetStandard.GetType("ConversationHooks.TwilioRequestValidator", throwOnError: true)!;

    private static readonly Gen<KeyValuePair<string, string>[]> Parameters =
        Gen.Select(Gen.OneOf(Gen.Const("MessagingBinding.Address"), Gen.String[Gen.Char.AlphaNumeric, 1, 8]), Gen.String)
            .Array[0, 12]
            .Select(pairs => pairs.Select(p => KeyValuePair.Create(p.Item1, p.Item2)).ToArray());

    private static readonly Gen<string> Urls = Gen.Select(
        Gen.OneOf(Gen.Const("https://example.com"), Gen.Const("https://example.com:443"), Gen.Const("http://u:p@example.com"), Gen.Const("http://example.com:80")),
        Gen.String[Gen.Char["abc/?=&é"], 0, 20])
        .Select((origin, rest) => origin + "/" + rest);

    /// <summary>Calls a method of the netstandard2.0 validator; the failure by name (its enum type is another assembly's).</summary>
    private static string NetStandardFailure(object validator, string method, params object?[] arguments)
    {
        var all = arguments.Append(null).ToArray();
        var types = Validator.GetMethods().Single(m => m.Name == method).GetParameters().Select(p => p.ParameterType).ToArray();
        Validator.GetMethod(method, types)!.Invoke(validator, all);
        return all[^1]!.ToString()!;
    }

    private static object NetStandardValidator(params object[] arguments) => Activator.CreateInstance(Validator, arguments)!;

    [Fact]
    public void The_documented_request_is_valid_and_a_changed_one_is_not()
    {
        var validator = NetStandardValidator("12345");
        var parameters = Pairs("CallSid", "CA1234567890ABCDE", "Caller", "+14158675310", "Digits", "1234", "From", "+14158675310", "To", "+18005551212");
        const string url = "https://example.com/myapp.php?foo=1&bar=2";

        Assert.Equal("None", NetStandardFailure(validator, "IsValid", url, parameters, "L/OH5YylLD5NRKLltdqwSvS0BnU=", null));
        Assert.All(TwilioDocsVectorTests.OneCharacterChanges(url), changed =>
            Assert.Equal("SignatureMismatch", NetStandardFailure(validator, "IsValid", changed, parameters, "L/OH5YylLD5NRKLltdqwSvS0BnU=", null)));
    }

    [Fact]
    public void Random_signed_and_tampered_requests_get_the_same_verdict_from_both_builds()
        => Gen.Select(Urls, Parameters, Gen.Bool, Gen.Bool).Sample((url, parameters, sha256, tamper) =>
        {
            var secrets = new[] { "token-1", "token-2" };
            var sharedKeys = new[] { KeyValuePair.Create("KS1", "shared-secret") };
            var settings = sha256 ? "key=KS1,algorithm=HMAC_SHA256" : null;
            var text = SignedText(url.Replace(":443", string.Empty).Replace(":80", string.Empty).Replace("u:p@", string.Empty), parameters);
            var signature = sha256 ? Sha256("shared-secret", text) : Sha1("token-2", text);
            var received = tamper ? parameters.Append(KeyValuePair.Create("X", "1")).ToArray() : parameters;

            var ours = new TwilioRequestValidator(secrets, sharedKeys);
            ours.IsValid(url, received, signature, settings, out var expected);
            Assert.Equal(tamper ? WebhookSignatureFailure.SignatureMismatch : WebhookSignatureFailure.None, expected);
            Assert.Equal(expected.ToString(), NetStandardFailure(NetStandardValidator(secrets, sharedKeys), "IsValid", url, received, signature, settings));
        }, iter: 500);

    [Fact]
    public void A_JSON_body_is_checked_against_bodySHA256()
    {
        var validator = NetStandardValidator("12345");
        const string url = "https://example.com/myapp?bodySHA256=5ccde7145dfb8f56479710896586cb9d5911809d83afbe34627818790db0aec9";
        const string body = "{\"CallSid\":\"CA1234567890ABCDE\",\"Caller\":\"+12349013030\"}";

        Assert.Equal("None", NetStandardFailure(validator, "IsValidJsonBody", url, body, "hPXmLwIy3Fgqv1i9KPmH/HhQ6zo=", null));
        Assert.Equal("BodyHashMismatch", NetStandardFailure(validator, "IsValidJsonBody", url, body + " ", "hPXmLwIy3Fgqv1i9KPmH/HhQ6zo=", null));
    }

    [Fact]
    public void A_form_body_is_decoded_and_checked()
    {
        var validator = NetStandardValidator("12345");
        const string url = "https://example.com/myapp.php?foo=1&bar=2";
        const string body = "CallSid=CA1234567890ABCDE&Caller=%2B14158675310&Digits=1234&From=%2B14158675310&To=%2B18005551212";

        Assert.Equal("None", NetStandardFailure(validator, "IsValidFormBody", url, body, "L/OH5YylLD5NRKLltdqwSvS0BnU=", null));
        Assert.Equal("MalformedFormBody", NetStandardFailure(validator, "IsValidFormBody", url, body + "%", "L/OH5YylLD5NRKLltdqwSvS0BnU=", null));
    }
}
