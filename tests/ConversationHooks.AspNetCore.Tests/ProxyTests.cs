using System.Net;
using ConversationHooks.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Logging;

namespace ConversationHooks.AspNetCore.Tests;

/// <summary>Behind a proxy and among other endpoints: the README's forwarded-headers set-up works, a refusal says which URL was checked, hosts can be pinned, and the signature is the endpoint's authentication.</summary>
public class ProxyTests
{
    private const string Category = "ConversationHooks.AspNetCore.ConversationsWebhook";
    private static readonly string MessageAdded = Fixture.ReadEvent("onMessageAdded");

    [Fact]
    public async Task The_readmes_forwarded_headers_set_up_rebuilds_the_url_twilio_signed()
    {
        var seen = new Recorded<MessageAddedEvent>();
        await using var receiver = await Receiver.StartAsync(
            hooks => hooks.OnMessageAdded(seen.Add),
            configureBuilder: builder => builder.Services.Configure<ForwardedHeadersOptions>(options =>
            {
                // As README.md says, for a proxy on this machine (loopback proxies are known by default).
                options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
                options.AllowedHosts.Add("hooks.example.com");
            }),
            configureApp: app => app.UseForwardedHeaders());

        using var response = await receiver.Client.SendAsync(Forwarded(Receiver.SignedFor(MessageAdded, "https://hooks.example.com/twilio/conversations")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(seen.Items);
    }

    [Fact]
    public async Task A_signature_refusal_names_the_url_checked_and_where_it_came_from()
    {
        await using var receiver = await Receiver.StartAsync(hooks => { }, configureApp: app => app.UseForwardedHeaders());

        using var response = await receiver.Client.SendAsync(Forwarded(Receiver.SignedFor(MessageAdded, "https://hooks.example.com/twilio/conversations")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var warning = Assert.Single(receiver.Logs.Of(Category), l => l.Level == LogLevel.Warning);
        Assert.Contains($"for POST {receiver.Url}, the URL rebuilt from the request's scheme and Host", warning.Message);
        Assert.DoesNotContain(Receiver.Token, warning.Message);
    }

    [Fact]
    public async Task A_signature_refusal_says_when_the_url_came_from_PublicBaseUrl()
    {
        await using var receiver = await Receiver.StartAsync(hooks => { }, Receiver.Settings(("Twilio:PublicBaseUrl", "https://hooks.example.com")));

        using var response = await receiver.PostAsync(MessageAdded);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var warning = Assert.Single(receiver.Logs.Of(Category), l => l.Level == LogLevel.Warning);
        Assert.Contains("for POST https://hooks.example.com/twilio/conversations, the URL rebuilt from PublicBaseUrl", warning.Message);
    }

    [Fact]
    public async Task With_accepted_hosts_a_request_replayed_with_another_host_is_refused()
    {
        var seen = new Recorded<MessageAddedEvent>();
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdded(seen.Add), Receiver.Settings(("Twilio:AcceptedHosts:0", "hooks.example.com")));

        // Signed by Twilio for another app that shares the token, replayed here with that app's host.
        var replayed = Receiver.SignedFor(MessageAdded, "http://other-app.example.com/twilio/conversations");
        replayed.Headers.Host = "other-app.example.com";
        using var refused = await receiver.Client.SendAsync(replayed);
        var ours = Receiver.SignedFor(MessageAdded, "http://hooks.example.com/twilio/conversations");
        ours.Headers.Host = "hooks.example.com";
        using var accepted = await receiver.Client.SendAsync(ours);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Single(seen.Items);
        Assert.Contains(receiver.Logs.Of(Category), l => l.Level == LogLevel.Warning && l.Message.Contains("the host other-app.example.com is not one of AcceptedHosts"));
    }

    [Fact]
    public async Task An_app_whose_fallback_policy_requires_a_user_still_receives_signed_events()
    {
        var seen = new Recorded<MessageAddedEvent>();
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdded(seen.Add), configureBuilder: RequireUsers, configureApp: UseAuthorization);

        using var response = await receiver.PostAsync(MessageAdded);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(seen.Items);
    }

    [Fact]
    public async Task An_app_can_require_authorization_on_the_endpoint_all_the_same()
    {
        var seen = new Recorded<MessageAddedEvent>();
        await using var receiver = await Receiver.StartAsync(
            hooks => hooks.OnMessageAdded(seen.Add),
            configureBuilder: RequireUsers,
            configureApp: UseAuthorization,
            configureEndpoint: endpoint => endpoint.RequireAuthorization());

        using var response = await receiver.PostAsync(MessageAdded);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(seen.Items);
    }

    private static void RequireUsers(WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        builder.Services.AddAuthorization(options => options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
    }

    private static void UseAuthorization(WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
    }

    private static HttpRequestMessage Forwarded(HttpRequestMessage request)
    {
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "hooks.example.com");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        return request;
    }
}
