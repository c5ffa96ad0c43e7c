using ConversationHooks.AspNetCore.Tests.Support;

namespace ConversationHooks.AspNetCore.Tests;

/// <summary>
/// samples/Receiver as a newcomer runs it (the README's two terminals): the receiver as a process listening
/// where ASPNETCORE_URLS says, with its token from Twilio__AuthToken, and its --simulate command against it.
/// </summary>
public sealed class SampleReceiverTests
{
    private const string Token = "sample-receiver-test-token";

    [Fact]
    public async Task The_simulator_prints_what_the_samples_handlers_answered_each_sample_event_and_exits_0()
    {
        var (receiver, baseUrl) = await SampleProcess.StartReceiverAsync(Token);
        await using var _ = receiver;

        var (exitCode, output, error) = await SampleProcess.SimulateAsync(baseUrl + "/twilio/conversations", Token);

        Assert.Equal((0, string.Empty), (exitCode, error));
        Assert.Equal(
            [
                "onMessageAdd \"hello\" -> 200 continue",
                "onMessageAdd \"this is forbidden\" -> 403 reject",
                "onMessageAdd \"FORBIDDEN!\" -> 403 reject",
                "onMessageAdd \"unforbidden words pass\" -> 200 continue",
                "onMessageAdded -> 200 received",
                "onConversationUpdated -> 200 received",
            ],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task The_receivers_onMessageAdded_handler_logs_the_added_message()
    {
        var (receiver, baseUrl) = await SampleProcess.StartReceiverAsync(Token);
        await using var _ = receiver;

        await SampleProcess.SimulateAsync(baseUrl, Token);

        Assert.True(
            await receiver.WaitForOutputAsync("onMessageAdded: alice added message #0 to CH"),
            "The receiver logged no onMessageAdded line:\n" + receiver.Output);
    }

    [Fact]
    public async Task The_simulator_signing_with_another_token_reports_the_refused_signature_and_exits_1()
    {
        var (receiver, baseUrl) = await SampleProcess.StartReceiverAsync(Token);
        await using var _ = receiver;

        var (exitCode, output, _) = await SampleProcess.SimulateAsync(baseUrl, "another-token");

        Assert.Equal(1, exitCode);
        Assert.Contains("onMessageAdded -> 403 refused: the signature does not match", output);
    }

    [Fact]
    public async Task Simulate_help_prints_the_usage_and_sends_nothing()
    {
        var (exitCode, output, error) = await SampleProcess.SimulateAsync("--help", Token);

        Assert.Equal((0, string.Empty), (exitCode, error));
        Assert.StartsWith("Usage: --simulate [http://host:port/twilio/conversations]", output);
        Assert.DoesNotContain("->", output);
    }
}
