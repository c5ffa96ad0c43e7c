using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using ConversationHooks.Client.Tests;
using Twilio.Security;
using static ConversationHooks.Audit.Tests.AuditRun;

namespace ConversationHooks.Audit.Tests;

/// <summary>
/// The tool's commands beside the audit, in-process: <c>send</c> signs as Twilio signs (Twilio's own SDK validator
/// accepts it, for every event), <c>sign</c> prints the same signature for curl, <c>events</c> lists the spec's events.
/// </summary>
public sealed class ToolCommandTests
{
    private const string ReceiverToken = "receiver-token-8c41d2";

    public static TheoryData<string> Events() => new(BuiltInSpec.BuiltIn.Filters.Select(f => f.Name));

    private static Dictionary<string, string?> ReceiverEnvironment() => new() { ["Twilio__AuthToken"] = ReceiverToken };

    private static IDictionary<string, string> Parameters(string formBody) => WebhookForm.Parse(formBody).ToDictionary(p => p.Key, p => p.Value);

    [Theory]
    [MemberData(nameof(Events))]
    public async Task Send_signs_each_event_as_Twilios_own_validator_expects(string filter)
    {
        await using var stand_in = await FakeTwilioApi.StartAsync();
        stand_in.Answer(200);
        var url = new Uri(stand_in.BaseAddress, "/twilio/conversations").ToString();

        var run = await ToolAsync(ReceiverEnvironment(), "send", filter, "--to", url);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        var request = Assert.Single(stand_in.Received);
        Assert.Equal(filter, WebhookForm.Parse(request.Body).GetValue("EventType"));
        Assert.True(new RequestValidator(ReceiverToken).Validate(url, Parameters(request.Body), request.TwilioSignature), "Twilio's RequestValidator refused the signature.");
    }

    [Fact]
    public async Task Sign_prints_the_signature_Twilios_validator_accepts_for_a_post_and_a_get()
    {
        var body = new MessageAddedEventBuilder { Body = "hi & bye" }.ToFormBody();
        const string Url = "https://example.ngrok.app/twilio/conversations";

        var post = await ToolAsync(ReceiverEnvironment(), "sign", Url, "--body", body);
        var get = await ToolAsync(ReceiverEnvironment(), "sign", Url + "?" + body);

        Assert.Equal((0, string.Empty), (post.ExitCode, post.Error));
        Assert.True(new RequestValidator(ReceiverToken).Validate(Url, Parameters(body), post.Output.Trim()));
        Assert.True(new RequestValidator(ReceiverToken).Validate(Url + "?" + body, new Dictionary<string, string>(), get.Output.Trim()));
    }

    [Fact]
    public async Task Signed_url_signs_for_the_public_url_and_sends_to_the_local_one()
    {
        await using var stand_in = await FakeTwilioApi.StartAsync();
        stand_in.Answer(200);
        const string PublicUrl = "https://example.ngrok.app/twilio/conversations";

        var run = await ToolAsync(ReceiverEnvironment(), "send", "onConversationAdded", "--to", new Uri(stand_in.BaseAddress, "/twilio/conversations").ToString(), "--signed-url", PublicUrl);

        Assert.Equal(0, run.ExitCode);
        var request = Assert.Single(stand_in.Received);
        Assert.True(new RequestValidator(ReceiverToken).Validate(PublicUrl, Parameters(request.Body), request.TwilioSignature));
    }

    [Fact]
    public async Task A_post_action_event_answered_other_than_2xx_is_refused_and_exits_1()
    {
        await using var stand_in = await FakeTwilioApi.StartAsync();
        stand_in.Answer(500);

        var run = await ToolAsync(ReceiverEnvironment(), "send", "onMessageAdded", "--to", new Uri(stand_in.BaseAddress, "/hook").ToString());

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Output));
        Assert.Contains(": 500 refused: ", run.Error);
    }

    [Fact]
    public async Task Events_lists_every_event_with_its_phase_and_parameters_as_json()
    {
        var run = await ToolAsync(ReceiverEnvironment(), "events", "--json");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        using var json = JsonDocument.Parse(run.Output);
        var events = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(BuiltInSpec.BuiltIn.Filters.Select(f => f.Name), events.Select(e => e.GetProperty("event").GetString()));
        var add = events.Single(e => e.GetProperty("event").GetString() == "onMessageAdd");
        Assert.Equal("pre", add.GetProperty("phase").GetString());
        Assert.Equal(["body", "author", "attributes"], add.GetProperty("answerFields").EnumerateArray().Select(f => f.GetString()));
        Assert.Contains(add.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "ConversationSid" && p.GetProperty("required").GetBoolean() && p.GetProperty("type").GetString() == "sid:Conversation");
        Assert.Equal("post", events.Single(e => e.GetProperty("event").GetString() == "onMessageAdded").GetProperty("phase").GetString());
    }

    [Fact]
    public async Task Events_in_text_marks_what_identifies_each_event()
    {
        var run = await ToolAsync(ReceiverEnvironment(), "events");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("onMessageAdd (pre-action, message); the answer may change body, author, attributes", run.Output);
        Assert.Contains(" ConversationSid* ", run.Output);
    }

    [Fact]
    public async Task A_credential_on_the_command_line_is_refused_for_every_command()
    {
        var run = await ToolAsync(ReceiverEnvironment(), "sign", "https://example.com/hook", "--auth-token", "abc");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("credentials are never taken from the command line", run.Error);
    }

    [Fact]
    public async Task Without_a_command_the_tool_says_so_and_exits_2()
    {
        var run = await ToolAsync(ReceiverEnvironment());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Run with --help for the usage.", run.Error);
    }
}
