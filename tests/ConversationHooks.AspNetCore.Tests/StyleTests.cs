using System.Linq;
using System.Net;
using System.Text;
using ConversationHooks.AspNetCore.Tests.Support;

namespace ConversationHooks.AspNetCore.Tests;

/// <summary>
/// The endpoint's core behaviour in every receiving style (lambdas, a processor class, the receiver from a plain
/// request delegate): the same script, the same answers, because each style is a thin adapter over one pipeline.
/// </summary>
public class StyleTests
{
    private static readonly string MessageAdd = Fixture.ReadEvent("onMessageAdd");
    private static readonly string MessageAdded = Fixture.ReadEvent("onMessageAdded");

    public static IEnumerable<object[]> Styles() => ReceivingStyle.Names();

    public static IEnumerable<object[]> StylesAndEvents()
        => from style in ReceivingStyle.Names() from filter in Fixture.EventNames() select style.Concat(filter).ToArray();

    [Theory]
    [MemberData(nameof(StylesAndEvents))]
    public async Task Every_event_reaches_its_own_handler_as_its_typed_event(string style, string filter)
    {
        var script = new EventScript();
        await using var receiver = await Receiver.StartAsync(ReceivingStyle.Named(style), script);
        var body = Fixture.ReadEvent(filter);

        using var response = await receiver.PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = script.Seen.Single();
        Assert.Equal(filter.Substring(2) + "Event", received.GetType().Name);
        Assert.Equal(body, received.ToFormBody());
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public async Task A_pre_action_answer_is_sent_as_the_handler_wrote_it(string style)
    {
        var script = new EventScript { Answer = e => MessageAddAnswer.Change(body: ((MessageAddEvent)e).Body?.ToUpperInvariant()) };
        await using var receiver = await Receiver.StartAsync(ReceivingStyle.Named(style), script);

        using var response = await receiver.PostAsync(MessageAdd);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("{\"body\":\"HELLO & WELCOME!\"}", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public async Task A_rejection_is_its_status_with_no_body(string style)
    {
        var script = new EventScript { Answer = e => ((MessageAddEvent)e).Reject(422) };
        await using var receiver = await Receiver.StartAsync(ReceivingStyle.Named(style), script);

        using var response = await receiver.PostAsync(MessageAdd);

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public async Task A_wrong_signature_is_403_and_reaches_no_handler(string style)
    {
        var script = new EventScript();
        await using var receiver = await Receiver.StartAsync(ReceivingStyle.Named(style), script);

        using var response = await receiver.PostAsync(MessageAdded, token: "another-accounts-token");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(script.Seen.Items);
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public async Task A_request_without_a_signature_is_403_and_reaches_no_handler(string style)
    {
        var script = new EventScript();
        await using var receiver = await Receiver.StartAsync(ReceivingStyle.Named(style), script);

        using var response = await receiver.Client.PostAsync(Receiver.Path, new StringContent(MessageAdded, Encoding.UTF8, Receiver.FormContentType));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(script.Seen.Items);
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public async Task A_signed_request_that_is_not_a_form_is_415(string style)
    {
        var script = new EventScript();
        await using var receiver = await Receiver.StartAsync(ReceivingStyle.Named(style), script);
        var request = new HttpRequestMessage(HttpMethod.Post, Receiver.Path) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Twilio-Signature", TwilioSignature.Sign(Receiver.Token, receiver.Url, []));

        using var response = await receiver.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Empty(script.Seen.Items);
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public async Task A_body_over_the_limit_is_413(string style)
    {
        var script = new EventScript();
        await using var receiver = await Receiver.StartAsync(ReceivingStyle.Named(style), script, Receiver.Settings(("Twilio:MaxBodySize", "1024")));
        var body = MessageAdded + "&Attributes=" + new string('a', 2048);

        using var response = await receiver.PostAsync(body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(script.Seen.Items);
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public async Task A_redelivery_is_answered_the_same_without_calling_the_handler_again(string style)
    {
        var script = new EventScript { Answer = _ => MessageAddAnswer.Change(body: "[checked]") };
        await using var receiver = await Receiver.StartAsync(ReceivingStyle.Named(style), script);

        using var first = await receiver.PostAsync(MessageAdd, idempotencyToken: "delivery-1");
        using var second = await receiver.PostAsync(MessageAdd, idempotencyToken: "delivery-1");

        Assert.Single(script.Seen.Items);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("{\"body\":\"[checked]\"}", await second.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public async Task A_throwing_post_action_handler_is_answered_500(string style)
    {
        var script = new EventScript { Before = (_, _) => throw new InvalidOperationException("the store is down") };
        await using var receiver = await Receiver.StartAsync(ReceivingStyle.Named(style), script);

        using var response = await receiver.PostAsync(MessageAdded);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public async Task A_throwing_pre_action_handler_is_answered_as_PreActionFailure_says(string style)
    {
        var script = new EventScript { Before = (_, _) => throw new InvalidOperationException("the filter is down") };
        await using var receiver = await Receiver.StartAsync(ReceivingStyle.Named(style), script, Receiver.Settings(("Twilio:PreActionFailure", "Reject")));

        using var response = await receiver.PostAsync(MessageAdd);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public async Task A_pre_action_handler_past_its_budget_is_answered_as_PreActionFailure_says_and_its_token_cancelled(string style)
    {
        var cancelled = new TaskCompletionSource();
        var script = new EventScript
        {
            Before = async (_, cancellationToken) =>
            {
                await using var registration = cancellationToken.Register(() => cancelled.TrySetResult());
                await Task.Delay(Bounded.Wait, cancellationToken);
            },
        };
        await using var receiver = await Receiver.StartAsync(ReceivingStyle.Named(style), script, Receiver.Settings(("Twilio:PreActionBudget", "00:00:00.2"), ("Twilio:PreActionFailure", "Reject")));

        using var response = await receiver.PostAsync(MessageAdd);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await cancelled.Task.WaitAsync(Bounded.Wait);
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public async Task An_unknown_event_type_is_200_and_reaches_no_handler(string style)
    {
        var script = new EventScript();
        await using var receiver = await Receiver.StartAsync(ReceivingStyle.Named(style), script);

        using var response = await receiver.PostAsync(MessageAdded.Replace("EventType=onMessageAdded", "EventType=onSomethingNew"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(script.Seen.Items);
    }
}
