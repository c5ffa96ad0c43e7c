using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using static ConversationHooks.Runtime.Tests.SignedRequests;

namespace ConversationHooks.Runtime.Tests;

/// <summary>What <see cref="TwilioRequestValidator"/> accepts beyond the documented vector: ports, credentials, repeated names, JSON bodies, shared keys, rotation.</summary>
public class TwilioRequestValidatorTests
{
    private const string Token = "auth-token-4f1c9e";
    private const string Url = "https://hooks.example.com/twilio/conversations?tenant=7";

    private static readonly KeyValuePair<string, string>[] MessageAdded = Pairs(
        "AccountSid", "AC00000000000000000000000000000001",
        "EventType", "onMessageAdded",
        "Body", "Hello, world é ✓",
        "Index", "3");

    private static readonly TwilioRequestValidator Validator = new(Token);

    private static WebhookSignatureFailure Failure(TwilioRequestValidator validator, string url, IReadOnlyList<KeyValuePair<string, string>> parameters, string? signature, string? settings = null)
    {
        var valid = validator.IsValid(url, parameters, signature, settings, out var failure);
        Assert.Equal(valid, failure == WebhookSignatureFailure.None);
        return failure;
    }

    [Theory]
    [InlineData("https://hooks.example.com:443/twilio", "https://hooks.example.com/twilio")]
    [InlineData("https://hooks.example.com/twilio", "https://hooks.example.com:443/twilio")]
    [InlineData("http://hooks.example.com:80/twilio?a=1", "http://hooks.example.com/twilio?a=1")]
    [InlineData("http://hooks.example.com/twilio?a=1", "http://hooks.example.com:80/twilio?a=1")]
    [InlineData("HTTPS://hooks.example.com/twilio", "HTTPS://hooks.example.com:443/twilio")]
    public void A_URL_signed_with_or_without_the_default_port_is_valid_either_way(string signedUrl, string receivedUrl)
        => Assert.Equal(WebhookSignatureFailure.None, Failure(Validator, receivedUrl, MessageAdded, Sign(Token, signedUrl, MessageAdded)));

    [Theory]
    [InlineData("https://hooks.example.com/twilio", "https://hooks.example.com:8443/twilio")]
    [InlineData("https://hooks.example.com/twilio", "https://hooks.example.com:80/twilio")]
    [InlineData("http://hooks.example.com/twilio", "http://hooks.example.com:443/twilio")]
    [InlineData("http://hooks.example.com/twilio?a=1", "http://hooks.example.com:5080/twilio?a=1")]
    [InlineData("https://user:p%40ss@hooks.example.com/twilio", "https://user:p%40ss@hooks.example.com:8443/twilio")]
    [InlineData("https://hooks.example.com:8443/twilio", "https://hooks.example.com:8443/twilio")]
    public void A_URL_received_with_any_port_is_valid_signed_without_it_as_Twilios_libraries_check(string signedUrl, string receivedUrl)
        => Assert.Equal(WebhookSignatureFailure.None, Failure(Validator, receivedUrl, MessageAdded, Sign(Token, signedUrl, MessageAdded)));

    [Theory]
    [InlineData("https://hooks.example.com:8443/twilio", "https://hooks.example.com/twilio")]
    [InlineData("https://hooks.example.com:8443/twilio", "https://hooks.example.com:9443/twilio")]
    [InlineData("https://hooks.example.com:443/twilio", "https://hooks.example.com:8443/twilio")]
    [InlineData("https://hooks.example.com:8443/twilio", "https://hooks.example.com:443/twilio")]
    public void A_port_the_request_does_not_show_is_never_added_except_the_default(string signedUrl, string receivedUrl)
        => Assert.Equal(WebhookSignatureFailure.SignatureMismatch, Failure(Validator, receivedUrl, MessageAdded, Sign(Token, signedUrl, MessageAdded)));

    [Theory]
    [InlineData("https://hooks.example.com/twilio")]
    [InlineData("https://hooks.example.com:443/twilio")]
    [InlineData("https://user:p%40ss@hooks.example.com/twilio")]
    [InlineData("https://user:p%40ss@hooks.example.com:443/twilio")]
    public void A_URL_with_credentials_is_valid_signed_without_them_or_with_them(string signedUrl)
        => Assert.Equal(WebhookSignatureFailure.None, Failure(Validator, "https://user:p%40ss@hooks.example.com/twilio", MessageAdded, Sign(Token, signedUrl, MessageAdded)));

    [Fact]
    public void An_IPv6_host_keeps_its_colons_and_its_port_is_found_after_the_bracket()
        => Assert.Equal(WebhookSignatureFailure.None, Failure(Validator, "https://[2001:db8::1]/twilio", MessageAdded, Sign(Token, "https://[2001:db8::1]:443/twilio", MessageAdded)));

    [Fact]
    public void Repeated_names_are_signed_once_per_distinct_value_in_value_order()
    {
        // Group MMS: three addresses, one of them twice; Twilio signs each distinct address once, sorted.
        var parameters = Pairs(
            "MessagingBinding.Address", "+15550000003",
            "EventType", "onConversationAdd",
            "MessagingBinding.Address", "+15550000001",
            "MessagingBinding.Address", "+15550000003",
            "MessagingBinding.Address", "+15550000002");
        var signed = Url + "EventTypeonConversationAdd"
            + "MessagingBinding.Address+15550000001MessagingBinding.Address+15550000002MessagingBinding.Address+15550000003";

        Assert.Equal(WebhookSignatureFailure.None, Failure(Validator, Url, parameters, Sha1(Token, signed)));
    }

    [Fact]
    public void A_form_body_is_decoded_before_it_is_signed()
    {
        var body = "AccountSid=AC00000000000000000000000000000001&EventType=onMessageAdded&Body=Hello%2C+world+%C3%A9+%E2%9C%93&Index=3";

        Assert.True(Validator.IsValidFormBody(Url, body, Sign(Token, Url, MessageAdded), null, out var failure));
        Assert.Equal(WebhookSignatureFailure.None, failure);
    }

    [Fact]
    public void A_malformed_form_body_is_a_failure_not_an_exception()
    {
        Assert.False(Validator.IsValidFormBody(Url, "Body=%ZZ", Sign(Token, Url, MessageAdded), null, out var failure));
        Assert.Equal(WebhookSignatureFailure.MalformedFormBody, failure);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void A_request_without_a_signature_is_MissingSignature(string? signature)
        => Assert.Equal(WebhookSignatureFailure.MissingSignature, Failure(Validator, Url, MessageAdded, signature));

    [Fact]
    public void A_GET_request_is_signed_by_its_URL_alone()
    {
        const string get = "https://hooks.example.com/twilio?EventType=onMessageAdded&Index=3";
        Assert.Equal(WebhookSignatureFailure.None, Failure(Validator, get, Array.Empty<KeyValuePair<string, string>>(), Sha1(Token, get)));
    }

    [Fact]
    public void During_a_rotation_a_signature_with_either_token_is_valid_and_another_is_not()
    {
        var rotating = new TwilioRequestValidator(new[] { "old-token", "new-token" });

        Assert.Equal(WebhookSignatureFailure.None, Failure(rotating, Url, MessageAdded, Sign("old-token", Url, MessageAdded)));
        Assert.Equal(WebhookSignatureFailure.None, Failure(rotating, Url, MessageAdded, Sign("new-token", Url, MessageAdded)));
        Assert.Equal(WebhookSignatureFailure.SignatureMismatch, Failure(rotating, Url, MessageAdded, Sign("other-token", Url, MessageAdded)));
    }
}
