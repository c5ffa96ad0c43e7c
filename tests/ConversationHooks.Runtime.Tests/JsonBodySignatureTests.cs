namespace ConversationHooks.Runtime.Tests;

/// <summary>JSON bodies: Twilio signs the URL, which carries the body's SHA-256 as <c>bodySHA256</c>.</summary>
public class JsonBodySignatureTests
{
    // Twilio's documented JSON example (security/signature_validation_json in Twilio's api-snippets): its URL
    // and body, whose bodySHA256 is Twilio's. The docs' signature (hqeF3G9H...) was made with a token they
    // do not publish, so this one is the URL's HMAC-SHA1 under 12345, computed with openssl.
    private const string Url = "https://example.com/myapp?bodySHA256=5ccde7145dfb8f56479710896586cb9d5911809d83afbe34627818790db0aec9";
    private const string Body = "{\"CallSid\":\"CA1234567890ABCDE\",\"Caller\":\"+12349013030\"}";
    private const string Signature = "hPXmLwIy3Fgqv1i9KPmH/HhQ6zo=";

    private static readonly TwilioRequestValidator Validator = new("12345");

    private static WebhookSignatureFailure Failure(string url, string body, string signature)
    {
        var valid = Validator.IsValidJsonBody(url, body, signature, null, out var failure);
        Assert.Equal(valid, failure == WebhookSignatureFailure.None);
        return failure;
    }

    [Fact]
    public void The_documented_JSON_request_is_valid()
        => Assert.Equal(WebhookSignatureFailure.None, Failure(Url, Body, Signature));

    [Fact]
    public void Another_body_under_the_same_signed_URL_is_BodyHashMismatch()
        => Assert.Equal(WebhookSignatureFailure.BodyHashMismatch, Failure(Url, Body.Replace("+1234", "+1999"), Signature));

    [Fact]
    public void A_URL_without_bodySHA256_is_MissingBodyHash()
        => Assert.Equal(WebhookSignatureFailure.MissingBodyHash, Failure("https://example.com/myapp?body=1", Body, Signature));

    [Fact]
    public void A_changed_bodySHA256_breaks_the_signature()
        => Assert.Equal(WebhookSignatureFailure.SignatureMismatch, Failure(Url.Replace("5ccde", "6ccde"), Body, Signature));

    [Fact]
    public void The_body_hash_is_found_among_other_query_parameters()
    {
        const string url = "https://example.com/myapp?a=1&bodySHA256=5ccde7145dfb8f56479710896586cb9d5911809d83afbe34627818790db0aec9&b=2";
        Assert.Equal(WebhookSignatureFailure.None, Failure(url, Body, SignedRequests.Sha1("12345", url)));
    }
}
