using System.Collections.Generic;
using static ConversationHooks.Runtime.Tests.SignedRequests;

namespace ConversationHooks.Runtime.Tests;

/// <summary>
/// Requests signed with a SharedKey (Twilio's Webhooks Rules, public beta), announced by
/// <c>X-Twilio-Webhooks-Signature-Settings: key=&lt;id&gt;,algorithm=HMAC_SHA256</c>: the same signed text,
/// another HMAC and key. (UNCONFIRMED beyond Twilio's description: the secret keys the HMAC as UTF-8
/// and the signature is Base64, as for the auth token.)
/// </summary>
public class SharedKeySignatureTests
{
    private const string Url = "https://hooks.example.com/twilio";
    private const string AuthToken = "auth-token";
    private const string Settings = "key=KS00000000000000000000000000000001,algorithm=HMAC_SHA256";

    private static readonly KeyValuePair<string, string>[] Parameters = Pairs("EventType", "onMessageAdded", "Index", "3");

    private static readonly TwilioRequestValidator Validator = new(
        new[] { AuthToken },
        new[]
        {
            KeyValuePair.Create("KS00000000000000000000000000000001", "shared-secret-old"),
            KeyValuePair.Create("KS00000000000000000000000000000001", "shared-secret-new"),
            KeyValuePair.Create("KS00000000000000000000000000000002", "another-secret"),
        });

    private static WebhookSignatureFailure Failure(string? signature, string? settings)
    {
        var valid = Validator.IsValid(Url, Parameters, signature, settings, out var failure);
        Assert.Equal(valid, failure == WebhookSignatureFailure.None);
        return failure;
    }

    [Theory]
    [InlineData("shared-secret-old")]
    [InlineData("shared-secret-new")]
    public void An_HMAC_SHA256_signature_with_the_named_keys_secret_is_valid(string secret)
        => Assert.Equal(WebhookSignatureFailure.None, Failure(Sha256(secret, SignedText(Url, Parameters)), Settings));

    [Theory]
    [InlineData(" algorithm=HMAC_SHA256 , key=KS00000000000000000000000000000001 ")]
    [InlineData("key=KS00000000000000000000000000000001,algorithm=HMAC_SHA256,version=2")]
    public void Settings_parts_come_in_any_order_and_unknown_parts_are_ignored(string settings)
        => Assert.Equal(WebhookSignatureFailure.None, Failure(Sha256("shared-secret-new", SignedText(Url, Parameters)), settings));

    [Fact]
    public void A_key_configured_for_HMAC_SHA1_signs_with_SHA1()
    {
        var validator = new TwilioRequestValidator(new[] { AuthToken }, new[] { new TwilioSharedKey("KS00000000000000000000000000000002", "another-secret", TwilioSharedKeyAlgorithm.HmacSha1) });

        Assert.True(validator.IsValid(Url, Parameters, Sha1("another-secret", SignedText(Url, Parameters)), "key=KS00000000000000000000000000000002,algorithm=HMAC_SHA1", out _));
    }

    [Fact]
    public void The_unsigned_settings_header_never_chooses_a_keys_algorithm()
        => Assert.Equal(WebhookSignatureFailure.UnexpectedAlgorithm, Failure(Sha1("another-secret", SignedText(Url, Parameters)), "key=KS00000000000000000000000000000002,algorithm=HMAC_SHA1"));

    [Fact]
    public void A_key_id_may_have_a_key_per_algorithm()
    {
        var validator = new TwilioRequestValidator(
            Array.Empty<string>(),
            new[]
            {
                new TwilioSharedKey("KS1", "sha256-secret", TwilioSharedKeyAlgorithm.HmacSha256),
                new TwilioSharedKey("KS1", "sha1-secret", TwilioSharedKeyAlgorithm.HmacSha1),
            });

        Assert.True(validator.IsValid(Url, Parameters, Sha1("sha1-secret", SignedText(Url, Parameters)), "key=KS1,algorithm=HMAC_SHA1", out _));
        Assert.False(validator.IsValid(Url, Parameters, Sha1("sha256-secret", SignedText(Url, Parameters)), "key=KS1,algorithm=HMAC_SHA1", out _));
    }

    [Fact]
    public void Another_keys_secret_is_SignatureMismatch()
        => Assert.Equal(WebhookSignatureFailure.SignatureMismatch, Failure(Sha256("another-secret", SignedText(Url, Parameters)), Settings));

    [Fact]
    public void With_settings_the_auth_token_no_longer_signs()
    {
        Assert.Equal(WebhookSignatureFailure.SignatureMismatch, Failure(Sha256(AuthToken, SignedText(Url, Parameters)), Settings));
        Assert.Equal(WebhookSignatureFailure.SignatureMismatch, Failure(Sha1(AuthToken, SignedText(Url, Parameters)), Settings));
    }

    [Fact]
    public void Without_settings_a_shared_key_does_not_sign()
        => Assert.Equal(WebhookSignatureFailure.SignatureMismatch, Failure(Sha1("shared-secret-new", SignedText(Url, Parameters)), null));

    [Fact]
    public void A_key_id_the_validator_does_not_know_is_UnknownSigningKey()
        => Assert.Equal(WebhookSignatureFailure.UnknownSigningKey, Failure("c2ln", "key=KS99999999999999999999999999999999,algorithm=HMAC_SHA256"));

    [Theory]
    [InlineData("key=KS00000000000000000000000000000001,algorithm=HMAC_SHA512")]
    [InlineData("key=KS00000000000000000000000000000001,algorithm=hmac_sha256")]
    public void An_algorithm_other_than_HMAC_SHA1_or_HMAC_SHA256_is_UnsupportedAlgorithm(string settings)
        => Assert.Equal(WebhookSignatureFailure.UnsupportedAlgorithm, Failure("c2ln", settings));

    [Theory]
    [InlineData("")]
    [InlineData("HMAC_SHA256")]
    [InlineData("key=KS00000000000000000000000000000001")]
    [InlineData("algorithm=HMAC_SHA256")]
    [InlineData("key=,algorithm=HMAC_SHA256")]
    [InlineData("key=KS00000000000000000000000000000001,key=KS00000000000000000000000000000002,algorithm=HMAC_SHA256")]
    [InlineData("key=KS00000000000000000000000000000001,,algorithm=HMAC_SHA256")]
    public void Settings_not_of_the_form_key_and_algorithm_are_MalformedSignatureSettings(string settings)
        => Assert.Equal(WebhookSignatureFailure.MalformedSignatureSettings, Failure("c2ln", settings));
}
