using System.Net;
using ConversationHooks.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;

namespace ConversationHooks.AspNetCore.Tests;

/// <summary>Options that follow the app: tokens reload with the configuration, an endpoint can have an account of its own, SharedKeys are pinned to their algorithm, absurd values stop the start.</summary>
public class OptionsTests
{
    private const string SupportToken = "support-account-token";
    private const string SupportPath = "/twilio/support";
    private static readonly string MessageAdded = Fixture.ReadEvent("onMessageAdded");

    [Fact]
    public async Task A_rotated_token_is_accepted_once_the_configuration_reloads()
    {
        var seen = new Recorded<MessageAddedEvent>();
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdded(seen.Add));

        var configuration = (IConfigurationRoot)receiver.App.Configuration;
        configuration["Twilio:AuthToken"] = Receiver.SecondToken;
        configuration.Reload();
        using var rotated = await receiver.PostAsync(MessageAdded, token: Receiver.SecondToken);
        using var old = await receiver.PostAsync(MessageAdded, token: Receiver.Token);

        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, old.StatusCode);
    }

    [Fact]
    public async Task An_endpoint_with_options_of_its_own_checks_its_own_accounts_token()
    {
        var support = new Recorded<MessageAddedEvent>();
        await using var receiver = await Receiver.StartAsync(
            hooks => hooks.OnMessageAdded(e => { }),
            Receiver.Settings(("Accounts:Support:AuthToken", SupportToken)),
            builder => builder.Services.AddConversationHooks("support", builder.Configuration.GetSection("Accounts:Support")),
            app => app.MapConversationsWebhooks(SupportPath, hooks =>
            {
                hooks.UseOptions("support");
                hooks.OnMessageAdded(support.Add);
            }));

        using var supportsOwn = await receiver.PostAsync(MessageAdded, token: SupportToken, path: SupportPath);
        using var mainTokenAtSupport = await receiver.PostAsync(MessageAdded, token: Receiver.Token, path: SupportPath);
        using var supportTokenAtMain = await receiver.PostAsync(MessageAdded, token: SupportToken);

        Assert.Equal(HttpStatusCode.OK, supportsOwn.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, mainTokenAtSupport.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, supportTokenAtMain.StatusCode);
        Assert.Single(support.Items);
    }

    [Fact]
    public async Task An_endpoint_naming_options_that_were_never_registered_stops_the_start()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Receiver.StartAsync(hooks => hooks.UseOptions("support")));

        Assert.Contains("AddConversationHooks(\"support\", configuration)", error.Message);
    }

    [Fact]
    public async Task A_request_signed_with_a_configured_shared_key_is_accepted_and_its_header_cannot_change_the_algorithm()
    {
        var seen = new Recorded<MessageAddedEvent>();
        await using var receiver = await Receiver.StartAsync(
            hooks => hooks.OnMessageAdded(seen.Add),
            Receiver.Settings(("Twilio:SharedKeys:0:Id", "KS1"), ("Twilio:SharedKeys:0:Secret", "shared-secret")));

        using var sha256 = await receiver.Client.SendAsync(SignedWithSharedKey(TwilioSignature.Sha256("shared-secret", receiver.Url, MessageAdded), "HMAC_SHA256"));
        using var sha1 = await receiver.Client.SendAsync(SignedWithSharedKey(TwilioSignature.SignForm("shared-secret", receiver.Url, MessageAdded), "HMAC_SHA1"));

        Assert.Equal(HttpStatusCode.OK, sha256.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, sha1.StatusCode);
        Assert.Single(seen.Items);
    }

    [Theory]
    [InlineData("Twilio:PreActionBudget", "00:01:00", "'Twilio:PreActionBudget' is 00:01:00")]
    [InlineData("Twilio:DuplicateCacheTimeout", "00:00:30", "'Twilio:DuplicateCacheTimeout' is 00:00:30")]
    [InlineData("Twilio:MaxBodySize", "1000000000", "'Twilio:MaxBodySize' is 1000000000")]
    [InlineData("Twilio:DuplicateWindow", "365.00:00:00", "'Twilio:DuplicateWindow' is 365.00:00:00")]
    public async Task An_absurd_value_stops_the_start_naming_its_key(string key, string value, string message)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => Receiver.StartAsync(hooks => { }, Receiver.Settings((key, value))));

        Assert.Contains(message, error.Message);
    }

    private static HttpRequestMessage SignedWithSharedKey(string signature, string algorithm)
    {
        var request = Receiver.Signed(MessageAdded, signature);
        request.Headers.Add("X-Twilio-Webhooks-Signature-Settings", $"key=KS1,algorithm={algorithm}");
        return request;
    }
}
