using System.Net;
using ConversationHooks.AspNetCore.Mvc;
using ConversationHooks.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;

namespace ConversationHooks.AspNetCore.Tests;

/// <summary>
/// What is particular to <c>[ConversationsWebhook]</c> actions (the core behaviour runs in every style in
/// <see cref="StyleTests"/>): an action taking one event type handles that event only, and answers are typed.
/// </summary>
public class ControllerTests
{
    private const string MessageAddPath = "/mvc/message-add";

    [Fact]
    public async Task An_action_taking_one_event_type_answers_that_event_with_its_typed_answer()
    {
        await using var receiver = await StartAsync();

        using var response = await receiver.PostAsync(Fixture.ReadEvent("onMessageAdd"), path: MessageAddPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"body\":\"HELLO & WELCOME!\"}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_event_the_action_does_not_take_is_answered_200_without_running_it()
    {
        await using var receiver = await StartAsync();

        using var response = await receiver.PostAsync(Fixture.ReadEvent("onMessageAdded"), path: MessageAddPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(0, MessageAddController.Runs);
    }

    [Fact]
    public async Task An_unsigned_request_never_reaches_the_action()
    {
        await using var receiver = await StartAsync();

        using var response = await receiver.PostAsync(Fixture.ReadEvent("onMessageAdd"), token: "another-accounts-token", path: MessageAddPath);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, MessageAddController.Runs);
    }

    [Theory]
    [InlineData("reject", 422)]
    [InlineData("ok", 200)]
    public async Task A_pre_action_action_returning_a_status_rejects_from_400_and_goes_ahead_below(string outcome, int status)
    {
        await using var receiver = await StartAsync();

        using var response = await receiver.PostAsync(Fixture.ReadEvent("onMessageAdd"), path: "/mvc/status/" + outcome);

        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    private static Task<Receiver> StartAsync()
    {
        MessageAddController.Runs = 0;
        return Receiver.StartAsync(
            _ => { },
            configureBuilder: builder => builder.Services.AddControllers().AddApplicationPart(typeof(ControllerTests).Assembly).AddConversationsWebhookControllers(),
            configureApp: app => app.MapControllers());
    }
}

/// <summary>An internal controller whose action takes <see cref="MessageAddEvent"/> and returns its answer.</summary>
[Route("/mvc/message-add")]
internal sealed class MessageAddController : ControllerBase
{
    /// <summary>How many times the action ran (the tests of this class do not run in parallel with each other).</summary>
    public static int Runs;

    [HttpPost]
    [ConversationsWebhook]
    public MessageAddAnswer Post(MessageAddEvent e)
    {
        Interlocked.Increment(ref Runs);
        return MessageAddAnswer.Change(body: e.Body?.ToUpperInvariant());
    }
}

/// <summary>An action answering with MVC's status results rather than the event's answer.</summary>
[Route("/mvc/status")]
internal sealed class StatusController : ControllerBase
{
    [HttpPost("reject")]
    [ConversationsWebhook]
    public IActionResult Reject(MessageAddEvent e) => StatusCode(422);

    [HttpPost("ok")]
    [ConversationsWebhook]
    public IActionResult Proceed(MessageAddEvent e) => Ok();
}
