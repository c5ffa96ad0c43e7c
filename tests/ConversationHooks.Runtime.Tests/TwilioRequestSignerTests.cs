using System.Collections.Generic;
using System.Linq;
using CsCheck;
using static ConversationHooks.Runtime.Tests.SignedRequests;

namespace ConversationHooks.Runtime.Tests;

/// <summary><see cref="TwilioRequestSigner"/> signs as Twilio does: Twilio's documented vector, the validator and Twilio's own SDK accept what it signs.</summary>
public class TwilioRequestSignerTests
{
    private static readonly Gen<string> Tokens = Gen.String[Gen.Char.AlphaNumeric, 1, 40];

    /// <summary>Twilio's dotted names, repeated ones included; any values, non-ASCII included.</summary>
    private static readonly Gen<List<KeyValuePair<string, string>>> Parameters =
        Gen.Select(Gen.OneOf(Gen.Const("EventType"), Gen.Const("MessagingBinding.Address"), Gen.Const("Body"), Gen.String[Gen.Char["ABCabc._"], 1, 8]), Gen.String)
            .Array[0, 20]
            .Select(pairs => pairs.Select(p => KeyValuePair.Create(p.Item1, p.Item2)).ToList());

    [Fact]
    public void It_signs_Twilios_documented_example_as_Twilio_does()
    {
        var parameters = new Dictionary<string, string>
        {
            ["CallSid"] = "CA1234567890ABCDE", ["Caller"] = "+14158675310", ["Digits"] = "1234", ["From"] = "+14158675310", ["To"] = "+18005551212",
        };

        var signature = new TwilioRequestSigner("12345").Sign("https://example.com/myapp.php?foo=1&bar=2", parameters.ToList());

        Assert.Equal("L/OH5YylLD5NRKLltdqwSvS0BnU=", signature);
    }

    [Fact]
    public void The_validator_accepts_every_request_it_signs_and_refuses_it_under_another_token()
        => Gen.Select(Tokens, Parameters).Sample((token, parameters) =>
        {
            const string Url = "https://hooks.example.com/twilio/conversations?x=1";
            var signature = new TwilioRequestSigner(token).Sign(Url, parameters);

            Assert.True(new TwilioRequestValidator(token).IsValid(Url, parameters, signature, null, out var failure), failure.ToString());
            Assert.False(new TwilioRequestValidator(token + "x").IsValid(Url, parameters, signature, null, out _));
        }, iter: 500);

    [Fact]
    public void Twilios_SDK_accepts_what_it_signs_when_no_name_repeats()
        => Gen.Select(Tokens, Parameters).Sample((token, parameters) =>
        {
            const string Url = "https://hooks.example.com/twilio";
            var unique = parameters.DistinctBy(p => p.Key, StringComparer.Ordinal).ToList();

            var signature = new TwilioRequestSigner(token).Sign(Url, unique);

            Assert.True(new Twilio.Security.RequestValidator(token).Validate(Url, unique.ToDictionary(p => p.Key, p => p.Value), signature));
        }, iter: 300);

    [Fact]
    public void A_form_body_a_query_string_URL_and_pairs_sign_alike()
    {
        var signer = new TwilioRequestSigner("token");
        const string Body = "EventType=onMessageAdded&Body=caf%C3%A9+%26+more&MessagingBinding.Address=%2B2&MessagingBinding.Address=%2B1";

        Assert.Equal(signer.Sign("https://h.example/t", WebhookForm.Parse(Body)), signer.SignFormBody("https://h.example/t", Body));
        Assert.Equal(Sign("token", "https://h.example/t?" + Body, new List<KeyValuePair<string, string>>()), signer.SignUrl("https://h.example/t?" + Body));
    }

    [Fact]
    public void Arguments_are_checked_and_the_token_is_never_shown()
    {
        Assert.Throws<ArgumentNullException>(() => new TwilioRequestSigner(null!));
        Assert.Throws<ArgumentException>(() => new TwilioRequestSigner(string.Empty));
        var signer = new TwilioRequestSigner("secret-token-value");
        Assert.Throws<ArgumentNullException>(() => signer.Sign(null!, new List<KeyValuePair<string, string>>()));
        Assert.Throws<ArgumentNullException>(() => signer.Sign("https://h.example", null!));
        Assert.Throws<ArgumentNullException>(() => signer.SignFormBody("https://h.example", null!));
        Assert.Throws<FormatException>(() => signer.SignFormBody("https://h.example", "a=%ZZ"));
        Assert.DoesNotContain("secret", signer.ToString());
    }
}
