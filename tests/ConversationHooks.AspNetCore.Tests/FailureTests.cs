using System.Net;
using ConversationHooks.AspNetCore.Tests.Support;
using Microsoft.Extensions.Logging;

namespace ConversationHooks.AspNetCore.Tests;

/// <summary>Handlers that throw or hang: pre-action ones answered by the configured fallback, post-action ones 500; every failure logged as an error.</summary>
public class FailureTests
{
    private const string Category = "ConversationHooks.AspNetCore.ConversationsWebhook";
    private static readonly string MessageAdd = Fixture.ReadEvent("onMessageAdd");

    [Fact]
    public async Task A_throwing_pre_action_handler_lets_the_action_through_by_default_and_logs_an_error()
    {
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdd(ThrowingHandler));

        using var response = await receiver.PostAsync(MessageAdd);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = Assert.Single(receiver.Logs.Of(Category), l => l.Level == LogLevel.Error);
        Assert.Contains("threw", error.Message);
        Assert.IsType<InvalidOperationException>(error.Exception);
    }

    [Fact]
    public async Task A_throwing_pre_action_handler_rejects_the_action_when_configured()
    {
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdd(ThrowingHandler), Receiver.Settings(("Twilio:PreActionFailure", "Reject")));

        using var response = await receiver.PostAsync(MessageAdd);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Single(receiver.Logs.Of(Category), l => l.Level == LogLevel.Error);
    }

    [Fact]
    public async Task A_pre_action_handler_past_its_budget_lets_the_action_through_by_default()
    {
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdd(HangingHandler), Receiver.Settings(("Twilio:PreActionBudget", "00:00:00.2")));

        using var response = await receiver.PostAsync(MessageAdd);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = Assert.Single(receiver.Logs.Of(Category), l => l.Level == LogLevel.Error);
        Assert.Contains("ran past its budget", error.Message);
    }

    [Fact]
    public async Task A_pre_action_handler_past_its_budget_rejects_the_action_when_configured()
    {
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdd(HangingHandler), Receiver.Settings(("Twilio:PreActionBudget", "00:00:00.2"), ("Twilio:PreActionFailure", "Reject")));

        using var response = await receiver.PostAsync(MessageAdd);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_pre_action_handler_that_ignores_its_cancellation_is_answered_at_the_budget()
    {
        var release = new TaskCompletionSource<MessageAddAnswer>();
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdd(e => release.Task), Receiver.Settings(("Twilio:PreActionBudget", "00:00:00.2")));

        using var response = await receiver.PostAsync(MessageAdd);
        release.SetResult(MessageAddAnswer.Reject());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_throwing_post_action_handler_is_500_and_logged()
    {
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdded(e => throw new InvalidOperationException("the store is down")));

        using var response = await receiver.PostAsync(Fixture.ReadEvent("onMessageAdded"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var error = Assert.Single(receiver.Logs.Of(Category), l => l.Level == LogLevel.Error);
        Assert.Equal("the store is down", error.Exception!.Message);
    }

    private static MessageAddAnswer ThrowingHandler(MessageAddEvent e) => throw new InvalidOperationException("the content filter is down");

    private static async Task<MessageAddAnswer> HangingHandler(MessageAddEvent e, CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return e.Reject();
    }
}
