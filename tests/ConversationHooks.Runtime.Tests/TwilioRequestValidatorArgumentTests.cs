using System.Collections.Generic;
using System.Linq;

namespace ConversationHooks.Runtime.Tests;

/// <summary>Null and empty arguments, and the rule that no secret ever shows in text the validator produces.</summary>
public class TwilioRequestValidatorArgumentTests
{
    private const string Secret = "s3cr3t-TOKEN-value";
    private const string SharedSecret = "sh4red-SECRET-value";
    private const string Url = "https://hooks.example.com/twilio";

    private static readonly KeyValuePair<string, string>[] NoParameters = Array.Empty<KeyValuePair<string, string>>();

    private static readonly TwilioRequestValidator Validator = new(new[] { Secret, "second-token" }, new[] { KeyValuePair.Create("KS1", SharedSecret) });

    /// <summary>Every misuse, with the parameter it names.</summary>
    public static TheoryData<string, Action> Misuses() => new()
    {
        { "authToken", () => _ = new TwilioRequestValidator((string)null!) },
        { "authTokens", () => _ = new TwilioRequestValidator((IEnumerable<string>)null!) },
        { "authTokens", () => _ = new TwilioRequestValidator(new[] { Secret, null! }) },
        { "authTokens", () => _ = new TwilioRequestValidator(new[] { Secret, string.Empty }) },
        { "authTokens", () => _ = new TwilioRequestValidator(Array.Empty<string>()) },
        { "sharedKeys", () => _ = new TwilioRequestValidator(new[] { Secret }, (IEnumerable<KeyValuePair<string, string>>)null!) },
        { "sharedKeys", () => _ = new TwilioRequestValidator(new[] { Secret }, (IEnumerable<TwilioSharedKey>)null!) },
        { "sharedKeys", () => _ = new TwilioRequestValidator(new[] { Secret }, new TwilioSharedKey[] { null! }) },
        { "id", () => _ = new TwilioSharedKey(string.Empty, SharedSecret, TwilioSharedKeyAlgorithm.HmacSha256) },
        { "secret", () => _ = new TwilioSharedKey("KS1", null!, TwilioSharedKeyAlgorithm.HmacSha256) },
        { "algorithm", () => _ = new TwilioSharedKey("KS1", SharedSecret, (TwilioSharedKeyAlgorithm)7) },
        { "sharedKeys", () => _ = new TwilioRequestValidator(new[] { Secret }, new[] { KeyValuePair.Create(string.Empty, SharedSecret) }) },
        { "sharedKeys", () => _ = new TwilioRequestValidator(new[] { Secret }, new[] { KeyValuePair.Create("KS1", (string)null!) }) },
        { "url", () => Validator.IsValid(null!, NoParameters, "c2ln", null, out _) },
        { "parameters", () => Validator.IsValid(Url, null!, "c2ln", null, out _) },
        { "parameters", () => Validator.IsValid(Url, new[] { KeyValuePair.Create("Body", (string)null!) }, "c2ln", null, out _) },
        { "parameters", () => Validator.IsValid(Url, new[] { KeyValuePair.Create((string)null!, Secret) }, "c2ln", null, out _) },
        { "url", () => Validator.IsValidFormBody(null!, string.Empty, "c2ln", null, out _) },
        { "formBody", () => Validator.IsValidFormBody(Url, null!, "c2ln", null, out _) },
        { "url", () => Validator.IsValidJsonBody(null!, "{}", "c2ln", null, out _) },
        { "jsonBody", () => Validator.IsValidJsonBody(Url, null!, "c2ln", null, out _) },
    };

    [Theory]
    [MemberData(nameof(Misuses))]
    public void Misuse_is_an_argument_exception_naming_the_parameter_and_no_secret(string parameter, Action misuse)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(misuse);
        Assert.Equal(parameter, exception.ParamName);
        Assert.DoesNotContain(Secret, exception.ToString());
        Assert.DoesNotContain(SharedSecret, exception.ToString());
    }

    [Fact]
    public void ToString_counts_tokens_and_names_shared_key_ids_but_shows_no_secret()
    {
        var text = Validator.ToString();
        Assert.Equal("TwilioRequestValidator: 2 auth tokens, shared keys KS1", text);
        Assert.DoesNotContain(Secret, text);
    }

    [Fact]
    public void No_field_of_the_validator_holds_a_secret_as_text()
    {
        // The secrets are kept as UTF-8 bytes only, so no debugger view or serializer shows them as strings.
        var strings = typeof(TwilioRequestValidator).GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)
            .Where(f => f.FieldType == typeof(string)).ToList();
        Assert.Empty(strings);
    }
}
