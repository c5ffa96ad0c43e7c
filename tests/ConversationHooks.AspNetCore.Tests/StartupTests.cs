using System.Net;
using ConversationHooks.AspNetCore.Tests.Support;
using Microsoft.Extensions.Options;

namespace ConversationHooks.AspNetCore.Tests;

/// <summary>Options are read from configuration and checked when the host starts.</summary>
public class StartupTests
{
    [Fact]
    public async Task Without_a_token_the_host_does_not_start_and_says_which_key_to_set()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => Receiver.StartAsync(hooks => { }, new Dictionary<string, string?>()));

        Assert.Contains("No Twilio auth token is configured: set 'Twilio:AuthToken' (environment variable Twilio__AuthToken)", error.Message);
    }

    [Fact]
    public async Task A_body_limit_that_is_not_positive_stops_the_host()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => Receiver.StartAsync(hooks => { }, new Dictionary<string, string?> { ["Twilio:AuthToken"] = Receiver.Token, ["Twilio:MaxBodySize"] = "0" }));

        Assert.Contains("'Twilio:MaxBodySize' is 0", error.Message);
    }

    [Fact]
    public async Task During_a_rotation_a_request_signed_with_the_second_token_is_accepted()
    {
        var seen = new Recorded<MessageAddedEvent>();
        await using var receiver = await Receiver.StartAsync(
            hooks => hooks.OnMessageAdded(seen.Add),
            new Dictionary<string, string?> { ["Twilio:AuthToken"] = Receiver.Token, ["Twilio:AuthTokens:0"] = Receiver.SecondToken });

        using var response = await receiver.PostAsync(Fixture.ReadEvent("onMessageAdded"), token: Receiver.SecondToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(seen.Items);
    }

    [Fact]
    public void Mapping_without_AddConversationHooks_says_what_to_call()
    {
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateSlimBuilder();
        var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapConversationsWebhooks(Receiver.Path, hooks => { }));

        Assert.Contains("AddConversationHooks", error.Message);
    }

    [Fact]
    public async Task A_registered_receiver_whose_handler_takes_an_unregistered_service_stops_the_start()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Receiver.StartAsync(
            hooks => { },
            configureBuilder: builder => builder.Services.AddConversationsWebhookReceiver(hooks => hooks.OnMessageAdded((MessageAddedEvent e, MessageStore store) => { }))));

        Assert.Contains("The handler hooks.OnMessageAdded(MessageAddedEvent, ...) takes MessageStore as parameter 2: it is not registered", error.Message);
    }

    [Fact]
    public async Task With_only_an_API_key_in_the_shared_section_the_host_says_the_receiver_needs_the_auth_token()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => Receiver.StartAsync(hooks => { }, new Dictionary<string, string?>
        {
            ["Twilio:AccountSid"] = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", ["Twilio:ApiKeySid"] = "SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", ["Twilio:ApiKeySecret"] = "api-key-secret-for-the-client",
        }));

        Assert.Contains("An API key ('Twilio:ApiKeySid', 'Twilio:ApiKeySecret') serves the API client only: Twilio signs webhooks with the auth token.", error.Message);
        Assert.DoesNotContain("api-key-secret-for-the-client", error.Message);
    }
}
