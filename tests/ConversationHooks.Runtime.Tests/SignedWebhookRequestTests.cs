using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using ConversationHooks;

namespace ConversationHooks.Runtime.Tests;

/// <summary>A signed request as Twilio sends it: what the validator accepts, for a POST and a GET, with the headers Twilio sends.</summary>
public class SignedWebhookRequestTests
{
    private const string Token = "signed-request-token";
    private static readonly WebhookForm Form = WebhookForm.Parse("EventType=onMessageAdded&Body=hi+there&AccountSid=AC0123456789abcdef0123456789abcdef");

    [Fact]
    public void A_post_is_signed_for_its_url_and_body_and_the_validator_accepts_it()
    {
        var request = SignedWebhookRequest.Post("https://example.com/hook", Form, new TwilioRequestSigner(Token));

        Assert.Equal(("POST", "https://example.com/hook", Form.ToFormBody()), (request.Method, request.Url, request.FormBody));
        Assert.True(new TwilioRequestValidator(Token).IsValidFormBody("https://example.com/hook", request.FormBody, request.Signature, null, out _));
    }

    [Fact]
    public void A_get_carries_the_form_in_its_query_and_is_signed_as_a_url()
    {
        var request = SignedWebhookRequest.Get("https://example.com/hook?tenant=1", Form, new TwilioRequestSigner(Token));

        Assert.Equal("https://example.com/hook?tenant=1&" + Form.ToFormBody(), request.Url);
        Assert.Equal(string.Empty, request.FormBody);
        Assert.Equal(new TwilioRequestSigner(Token).SignUrl(request.Url), request.Signature);
    }

    [Fact]
    public void A_signed_url_is_what_is_signed_and_the_request_goes_to_the_url()
    {
        var request = SignedWebhookRequest.Post("http://127.0.0.1:5080/hook", Form, new TwilioRequestSigner(Token), signedUrl: "https://public.example.com/hook");

        Assert.Equal("http://127.0.0.1:5080/hook", request.Url);
        Assert.True(new TwilioRequestValidator(Token).IsValidFormBody("https://public.example.com/hook", request.FormBody, request.Signature, null, out _));
    }

    [Fact]
    public async Task Its_http_request_has_the_body_content_type_and_twilios_headers()
    {
        var request = SignedWebhookRequest.Post("https://example.com/hook", Form, new TwilioRequestSigner(Token), idempotencyToken: "delivery-1");

        using var message = request.ToHttpRequestMessage();

        Assert.Equal(HttpMethod.Post, message.Method);
        Assert.Equal("application/x-www-form-urlencoded", message.Content!.Headers.ContentType!.MediaType);
        Assert.Equal(Form.ToFormBody(), await message.Content.ReadAsStringAsync());
        Assert.Equal(request.Signature, message.Headers.GetValues("X-Twilio-Signature").Single());
        Assert.Equal("delivery-1", message.Headers.GetValues("I-Twilio-Idempotency-Token").Single());
        Assert.Equal(["X-Twilio-Signature", "I-Twilio-Idempotency-Token", "User-Agent"], request.Headers.Select(h => h.Key));
    }

    [Fact]
    public void Each_request_gets_its_own_idempotency_token_unless_given_one()
        => Assert.NotEqual(
            SignedWebhookRequest.Post("https://example.com/hook", Form, new TwilioRequestSigner(Token)).IdempotencyToken,
            SignedWebhookRequest.Post("https://example.com/hook", Form, new TwilioRequestSigner(Token)).IdempotencyToken);

    [Fact]
    public void A_url_that_is_not_absolute_http_is_refused()
        => Assert.Throws<ArgumentException>("url", () => SignedWebhookRequest.Post("/hook", Form, new TwilioRequestSigner(Token)));

    [Fact]
    public void ToString_shows_the_method_and_url_never_the_signature()
    {
        var request = SignedWebhookRequest.Post("https://example.com/hook", Form, new TwilioRequestSigner(Token));

        Assert.Equal("POST https://example.com/hook", request.ToString());
    }
}

/// <summary>An HTTP answer read as Twilio reads a pre-action answer.</summary>
public class WebhookResponseReadingTests
{
    [Theory]
    [InlineData(200, "", WebhookAnswerAction.Continue)]
    [InlineData(204, "", WebhookAnswerAction.Continue)]
    [InlineData(200, "{}", WebhookAnswerAction.Continue)]
    [InlineData(403, "", WebhookAnswerAction.Reject)]
    [InlineData(500, "oops", WebhookAnswerAction.Reject)]
    [InlineData(200, "{\"body\":\"x\"}", WebhookAnswerAction.Change)]
    public void A_status_and_body_read_as_continue_reject_or_change(int status, string body, WebhookAnswerAction action)
    {
        Assert.True(WebhookResponse.TryRead(status, body, out var response));
        Assert.Equal(action, response!.Action);
    }

    [Fact]
    public void A_change_lists_its_fields_in_order_a_value_that_is_not_a_string_as_its_json()
    {
        Assert.True(WebhookResponse.TryRead(200, "{\"body\":\"x\",\"attributes\":{\"a\":1}}", out var response));

        Assert.Equal([new KeyValuePair<string, string>("body", "x"), new KeyValuePair<string, string>("attributes", "{\"a\":1}")], response!.ChangedFields);
    }

    [Theory]
    [InlineData(302, "")]
    [InlineData(200, "not json")]
    [InlineData(200, "[1]")]
    public void What_twilio_cannot_read_as_an_answer_is_not_one(int status, string body)
        => Assert.False(WebhookResponse.TryRead(status, body, out _));

    [Fact]
    public void A_made_answer_says_its_action_and_fields()
    {
        var change = WebhookResponse.Change([new KeyValuePair<string, string>("body", "y")]);

        Assert.Equal((WebhookAnswerAction.Change, "y"), (change.Action, change.ChangedFields.Single().Value));
        Assert.Equal(WebhookAnswerAction.Reject, WebhookResponse.Reject(429).Action);
        Assert.Empty(WebhookResponse.Continue.ChangedFields);
    }
}
