using System.Linq;
using System.Text.Json;
using CsCheck;

namespace ConversationHooks.Generated.Tests;

/// <summary>
/// Twilio's examples broken at random (truncated, a range deleted or copied elsewhere, a token
/// inserted): reading them either succeeds or fails with the one documented exception, never another.
/// </summary>
public class MalformedInputTests
{
    private static readonly string[] JsonTokens =
    {
        "{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "0", "-1", "1e999", "\"x\"", "[]", "{}",
        "\"onMessageSend\"", "\"ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"", "\"\\u00e9\"", "\"\\ud800\"", " ",
    };

    private static readonly string[] FormTokens = { "&", "=", "%", "%2", "%ZZ", "%C3", "%C3%A9", "+", "Filters=", "Method=", "&&", "==", "\u00e9", "\uD800" };

    private static Gen<string> Mutated(string text, string[] tokens) => Gen.OneOf(
        Gen.Int[0, text.Length].Select(at => text.Substring(0, at)),
        Gen.Select(Gen.Int[0, text.Length], Gen.Int[1, 30], (at, count) => text.Remove(at, Math.Min(count, text.Length - at))),
        Gen.Select(Gen.Int[0, text.Length], Gen.Int[0, tokens.Length - 1], (at, token) => text.Insert(at, tokens[token])),
        Gen.Select(Gen.Int[0, text.Length], Gen.Int[0, text.Length - 1], Gen.Int[1, 40], (at, from, count) => text.Insert(at, text.Substring(from, Math.Min(count, text.Length - from)))));

    /// <summary>
    /// Runs <paramref name="read"/>, which reads the input and says whether what it read is right
    /// (the oracle); passes when it is, or when reading throws <typeparamref name="TException"/>
    /// (or a subclass) with a message. Reading input that is not valid fails.
    /// </summary>
    private static void ReadsRightOrThrows<TException>(Func<bool> read)
        where TException : Exception
    {
        bool right;
        try
        {
            right = read();
        }
        catch (TException e)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
            return;
        }

        Assert.True(right, "Read input that is not valid, or read it wrong.");
    }

    /// <summary>The oracle for JSON: System.Text.Json's own parser (one value, nothing after it).</summary>
    private static bool IsJson(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    [Theory]
    [InlineData("account-webhook-fetch")]
    [InlineData("service-webhook-fetch")]
    [InlineData("conversation-webhook-fetch-studio")]
    [InlineData("conversation-webhook-update-trigger")]
    [InlineData("conversation-webhooks-read")]
    [InlineData("conversation-webhooks-read-empty")]
    public void Broken_JSON_is_read_only_when_it_is_valid_JSON_or_fails_with_a_JsonException(string fixture)
        => Mutated(Fixture.Read(fixture), JsonTokens).Sample(json => ReadsRightOrThrows<JsonException>(() =>
        {
            switch (fixture)
            {
                case "account-webhook-fetch": AccountWebhookConfiguration.FromJson(json); break;
                case "service-webhook-fetch": ServiceWebhookConfiguration.FromJson(json); break;
                case "conversation-webhooks-read" or "conversation-webhooks-read-empty": ConversationWebhookPage.FromJson(json); break;
                default: ConversationWebhook.FromJson(json); break;
            }
            return IsJson(json);
        }), iter: 5_000);

    [Theory]
    [InlineData("{\"method\":\"GET\"} garbage")]
    [InlineData("{\"method\":\"GET\"}}")]
    [InlineData("{\"method\":\"GET\"} {}")]
    [InlineData("{} null")]
    public void Content_after_the_JSON_object_is_a_JsonException(string json)
    {
        Assert.ThrowsAny<JsonException>(() => AccountWebhookConfiguration.FromJson(json));
        Assert.ThrowsAny<JsonException>(() => AccountWebhookConfiguration.FromJson(System.Text.Encoding.UTF8.GetBytes(json)));
    }

    [Theory]
    [InlineData("{\"pre_webhook_url\": \"\\ud800\"}", "pre_webhook_url")]
    [InlineData("{\"filters\": [\"onMessageAdded\", \"\\udc00x\"]}", "filters")]
    [InlineData("{\"method\": \"\\ud800\\ud800\"}", "method")]
    public void An_escaped_lone_surrogate_is_a_JsonException_naming_its_field(string json, string field)
    {
        var error = Assert.ThrowsAny<JsonException>(() => AccountWebhookConfiguration.FromJson(json));
        Assert.Contains($"'{field}'", error.Message);
    }

    [Fact]
    public void A_broken_form_body_is_read_so_that_it_writes_back_the_same_or_fails_with_a_FormatException()
    {
        var body = new AccountWebhookUpdateRequest(
            method: AccountWebhookMethod.Post,
            filters: new WebhookFilterValue[] { WebhookFilter.OnConversationUpdated, WebhookFilter.OnMessageRemoved },
            preWebhookUrl: "https://company.com/filtering-and-permissions",
            postWebhookUrl: "https://company.com/archive-every-action",
            target: AccountWebhookTarget.Webhook).ToFormBody();

        Mutated(body, FormTokens).Sample(form => ReadsRightOrThrows<FormatException>(() =>
        {
            // What was read writes back to a body that reads as the same request.
            var request = AccountWebhookUpdateRequest.FromForm(form);
            return AccountWebhookUpdateRequest.FromForm(request.ToFormBody()).Equals(request);
        }), iter: 5_000);
    }

    [Fact]
    public void A_broken_list_query_is_read_so_that_it_writes_back_the_same_or_fails_with_a_FormatException()
    {
        var query = new ConversationWebhookListRequest(pageSize: 5, page: 1, pageToken: "PTaaaa").ToQueryString();

        Mutated(query, FormTokens.Concat(new[] { "PageSize=", "0", "9", "Page=" }).ToArray()).Sample(form => ReadsRightOrThrows<FormatException>(() =>
        {
            var request = ConversationWebhookListRequest.FromForm(form);
            return ConversationWebhookListRequest.FromForm(request.ToQueryString()).Equals(request) && request.PageSize is null or (>= 1 and <= 5);
        }), iter: 5_000);
    }
}
