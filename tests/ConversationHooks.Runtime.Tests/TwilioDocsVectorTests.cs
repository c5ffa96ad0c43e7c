using System.Collections.Generic;
using System.Linq;

namespace ConversationHooks.Runtime.Tests;

/// <summary>Twilio's documented example (domain.md section 4), and every one-character change to it.</summary>
public class TwilioDocsVectorTests
{
    private const string Token = "12345";
    private const string Url = "https://example.com/myapp.php?foo=1&bar=2";
    private const string Signature = "L/OH5YylLD5NRKLltdqwSvS0BnU=";

    private static readonly KeyValuePair<string, string>[] Parameters = SignedRequests.Pairs(
        "CallSid", "CA1234567890ABCDE",
        "Caller", "+14158675310",
        "Digits", "1234",
        "From", "+14158675310",
        "To", "+18005551212");

    private static readonly TwilioRequestValidator Validator = new(Token);

    /// <summary>Every string that differs from <paramref name="text"/> in one character: each one replaced, each one removed.</summary>
    public static IEnumerable<string> OneCharacterChanges(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var other = text[i] == 'x' ? 'y' : 'x';
            yield return text.Substring(0, i) + other + text.Substring(i + 1);
            yield return text.Remove(i, 1);
        }
    }

    private static bool IsValid(string url, IReadOnlyList<KeyValuePair<string, string>> parameters, string signature)
        => Validator.IsValid(url, parameters, signature, null, out _);

    [Fact]
    public void The_documented_request_is_valid()
    {
        Assert.True(Validator.IsValid(Url, Parameters, Signature, null, out var failure));
        Assert.Equal(WebhookSignatureFailure.None, failure);
    }

    [Fact]
    public void The_documented_parameters_in_another_order_are_valid()
        => Assert.True(IsValid(Url, Parameters.Reverse().ToArray(), Signature));

    [Fact]
    public void The_same_parameters_under_mycompany_com_have_their_own_signature()
        => Assert.True(IsValid("https://mycompany.com/myapp.php?foo=1&bar=2", Parameters, "GvWf1cFY/Q7PnoempGyD5oXAezc="));

    [Fact]
    public void Every_one_character_change_to_the_URL_fails()
        => Assert.All(OneCharacterChanges(Url), url =>
        {
            Assert.False(Validator.IsValid(url, Parameters, Signature, null, out var failure), url);
            Assert.Equal(WebhookSignatureFailure.SignatureMismatch, failure);
        });

    [Fact]
    public void Every_one_character_change_to_the_signature_fails()
        => Assert.All(OneCharacterChanges(Signature), signature => Assert.False(IsValid(Url, Parameters, signature), signature));

    [Fact]
    public void Every_one_character_change_to_a_name_fails()
        => Assert.All(Enumerable.Range(0, Parameters.Length), i =>
            Assert.All(OneCharacterChanges(Parameters[i].Key), name =>
                Assert.False(IsValid(Url, Parameters.Select((p, j) => j == i ? KeyValuePair.Create(name, p.Value) : p).ToArray(), Signature), name)));

    [Fact]
    public void Every_one_character_change_to_a_value_fails()
        => Assert.All(Enumerable.Range(0, Parameters.Length), i =>
            Assert.All(OneCharacterChanges(Parameters[i].Value), value =>
                Assert.False(IsValid(Url, Parameters.Select((p, j) => j == i ? KeyValuePair.Create(p.Key, value) : p).ToArray(), Signature), value)));

    [Fact]
    public void A_missing_or_added_parameter_fails()
    {
        Assert.False(IsValid(Url, Parameters.Skip(1).ToArray(), Signature));
        Assert.False(IsValid(Url, Parameters.Append(KeyValuePair.Create("Extra", string.Empty)).ToArray(), Signature));
    }

    [Fact]
    public void The_documented_request_as_a_form_body_is_valid()
        => Assert.True(Validator.IsValidFormBody(
            Url, "CallSid=CA1234567890ABCDE&Caller=%2B14158675310&Digits=1234&From=%2B14158675310&To=%2B18005551212", Signature, null, out _));
}
