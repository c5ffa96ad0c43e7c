using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using ConversationHooks.AspNetCore.Tests.Support;
using ConversationHooks.Tool;

namespace ConversationHooks.AspNetCore.Tests;

/// <summary>
/// <c>conversationhooks send</c>, run in-process (its command line, environment and outputs given) against the real
/// endpoint on Kestrel: every event reaches its typed handler, the answer is printed in the domain's words, and the exit
/// code says answered, refused or unreachable.
/// </summary>
public class SendCommandTests
{
    private sealed record Run(int ExitCode, string Output, string Error);

    private static async Task<Run> SendAsync(string token, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await ToolCommand.RunAsync(["send", .. args], name => name == "Twilio__AuthToken" ? token : null, output, error, cancellationToken: Bounded.Token());
        return new Run(code, output.ToString(), error.ToString());
    }

    [Theory]
    [MemberData(nameof(Fixture.EventNames), MemberType = typeof(Fixture))]
    public async Task Send_delivers_each_events_sample_to_its_typed_handler_and_exits_0(string filter)
    {
        var script = new EventScript();
        var seen = script.Seen;
        await using var receiver = await Receiver.StartAsync(script.Map);

        var run = await SendAsync(Receiver.Token, filter, "--to", receiver.Url);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        var received = seen.Single();
        Assert.Equal(filter.Substring(2) + "Event", received.GetType().Name);
        Assert.Empty(received.UnreadParameters);
        var preAction = WebhookFilterValue.FromWireName(filter).TryGetValue(out var known) && known.GetPhase() == WebhookPhase.Pre;
        Assert.Equal($"{filter} POST {receiver.Url}: 200 {(preAction ? "continue" : "received")}" + Environment.NewLine, run.Output);
    }

    [Fact]
    public async Task A_wrong_token_is_refused_and_exits_1()
    {
        await using var receiver = await Receiver.StartAsync(hooks => { });

        var run = await SendAsync("not-the-receivers-token", "onMessageAdded", "--to", receiver.Url);

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Output));
        Assert.Contains("403 refused: the signature does not match", run.Error);
    }

    [Fact]
    public async Task An_unreachable_url_exits_3()
    {
        var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();

        var run = await SendAsync(Receiver.Token, "onMessageAdded", "--to", $"http://127.0.0.1:{port}/twilio/conversations");

        Assert.Equal((3, string.Empty), (run.ExitCode, run.Output));
        Assert.Contains("unreachable: http://127.0.0.1:", run.Error);
    }

    [Fact]
    public async Task Set_and_unset_change_exactly_those_pairs_and_the_receiver_sees_them()
    {
        var seen = new Recorded<MessageAddedEvent>();
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdded(seen.Add));
        var sample = new MessageAddedEventBuilder().ToForm();

        var run = await SendAsync(Receiver.Token, "onMessageAdded", "--to", receiver.Url, "--set", "Body=hello there", "--unset", "Source", "--set", "X-Extra=1", "--set", "X-Extra=2");

        Assert.Equal(0, run.ExitCode);
        var form = seen.Single().Form;
        var expectedNames = sample.Select(p => p.Key).Where(k => k != "Source").Append("X-Extra").Append("X-Extra");
        Assert.Equal(expectedNames, form.Select(p => p.Key));
        Assert.Equal("hello there", form.GetValue("Body"));
        Assert.Equal(["1", "2"], form.GetValues("X-Extra"));
        Assert.Equal(sample.GetValue("Author"), form.GetValue("Author"));
    }

    [Fact]
    public async Task A_pre_action_answer_is_printed_in_the_domains_words()
    {
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdd(e => e.Body == "secret" ? MessageAddAnswer.Change(body: "[redacted]") : e.Body == "no" ? e.Reject() : e.Continue()));

        var change = await SendAsync(Receiver.Token, "onMessageAdd", "--to", receiver.Url, "--set", "Body=secret");
        var reject = await SendAsync(Receiver.Token, "MessageAdd", "--to", receiver.Url, "--set", "Body=no");

        Assert.Equal((0, $"onMessageAdd POST {receiver.Url}: 200 change body=\"[redacted]\"" + Environment.NewLine), (change.ExitCode, change.Output));
        Assert.Equal((0, $"onMessageAdd POST {receiver.Url}: 403 reject" + Environment.NewLine), (reject.ExitCode, reject.Output));
    }

    [Fact]
    public async Task Get_sends_the_event_in_the_query_string_signed_as_Twilio_signs_a_get()
    {
        var seen = new Recorded<MessageAddedEvent>();
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdded(seen.Add));

        var run = await SendAsync(Receiver.Token, "onMessageAdded", "--to", receiver.Url, "--get", "--set", "Body=by get");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal("by get", seen.Single().Body);
        Assert.StartsWith($"onMessageAdded GET {receiver.Url}?", run.Output);
    }

    [Fact]
    public async Task The_same_idempotency_token_twice_is_a_redelivery_the_handler_sees_once()
    {
        var seen = new Recorded<MessageAddedEvent>();
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdded(seen.Add));

        var first = await SendAsync(Receiver.Token, "onMessageAdded", "--to", receiver.Url, "--idempotency-token", "delivery-7");
        var second = await SendAsync(Receiver.Token, "onMessageAdded", "--to", receiver.Url, "--idempotency-token", "delivery-7");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Single(seen.Items);
    }

    [Fact]
    public async Task Without_a_token_in_the_environment_send_names_the_variables_and_exits_2()
    {
        var run = await SendAsync(string.Empty, "onMessageAdded", "--to", "http://127.0.0.1:1/twilio/conversations");

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Contains("Twilio__AuthToken", run.Error);
    }

    [Fact]
    public async Task An_event_the_spec_does_not_know_exits_2_offering_the_names_the_analyzers_offer()
    {
        var run = await SendAsync(Receiver.Token, "onMessageSend", "--to", "http://127.0.0.1:1/twilio/conversations");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'onMessageSend' is not a Conversations event; did you mean 'onMessageAdd'", run.Error);
    }
}
