using ConversationHooks.AspNetCore.Tests.Support;

namespace ConversationHooks.AspNetCore.Tests;

/// <summary>
/// The README's path for a host without an <c>HttpContext</c> (a queue, Google Cloud Functions, AWS Lambda): the
/// runtime pieces in order (TwilioRequestValidator, WebhookForm, WebhookEvent.TryParse, the answer), the same code as
/// the README's block <c>receive-without-httpcontext</c>.
/// </summary>
public class HostWithoutHttpContextTests
{
    private const string Url = "https://hooks.example.com/twilio/conversations";
    private static readonly TwilioRequestValidator Validator = new(Receiver.Token);

    [Fact]
    public void A_signed_pre_action_event_gets_its_handlers_answer()
    {
        var body = Fixture.ReadEvent("onMessageAdd").Replace("Body=Hello", "Body=my+password+is");

        var response = Answer(Validator, Url, TwilioSignature.SignForm(Receiver.Token, Url, body), body);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("{\"body\":\"[redacted]\"}", response.Body);
    }

    [Fact]
    public void A_request_signed_with_another_token_is_refused_403()
    {
        var body = Fixture.ReadEvent("onMessageAdd");

        var response = Answer(Validator, Url, TwilioSignature.SignForm("another-accounts-token", Url, body), body);

        Assert.Equal(403, response.StatusCode);
    }

    [Fact]
    public void A_signed_request_that_is_no_event_is_answered_200()
    {
        const string body = "Hello=World";

        var response = Answer(Validator, Url, TwilioSignature.SignForm(Receiver.Token, Url, body), body);

        Assert.Equal(200, response.StatusCode);
        Assert.Empty(response.Body);
    }

    [Fact]
    public void A_post_action_event_is_answered_200_with_no_body()
    {
        var body = Fixture.ReadEvent("onMessageAdded");

        var response = Answer(Validator, Url, TwilioSignature.SignForm(Receiver.Token, Url, body), body);

        Assert.Equal(200, response.StatusCode);
        Assert.Empty(response.Body);
    }

    // The README's block, as it is there (README.md, "Receive without an HttpContext").
    private static WebhookResponse Answer(TwilioRequestValidator validator, string url, string? signatureHeader, string body)
    {
        // 1. The signature, over the URL Twilio called and the raw form: 403 and nothing else when it fails.
        if (!validator.IsValidFormBody(url, body, signatureHeader, null, out _))
            return WebhookResponse.Reject(403);

        // 2. The form and 3. the event (tolerant: a value it cannot read is null and listed in UnreadParameters).
        if (!WebhookForm.TryParse(body, out var form, out _) || !WebhookEvent.TryParse(form!, out var received, out _))
            return WebhookResponse.Continue;   // signed, but no event: keep the body, do not refuse it

        // 4. The answer: a pre-action event's own answer type; 200 with no body for the rest.
        return received switch
        {
            MessageAddEvent add when add.Body?.Contains("password") == true => MessageAddAnswer.Change(body: "[redacted]").Response,
            _ => WebhookResponse.Continue,
        };
    }
}
