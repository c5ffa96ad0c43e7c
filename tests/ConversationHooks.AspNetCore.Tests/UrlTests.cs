using System.Net;
using ConversationHooks.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;

namespace ConversationHooks.AspNetCore.Tests;

/// <summary>The URL Twilio signed is rebuilt as the public one, behind proxies and tunnels.</summary>
public class UrlTests
{
    private static readonly string MessageAdded = Fixture.ReadEvent("onMessageAdded");

    [Fact]
    public async Task Behind_a_proxy_the_forwarded_scheme_and_host_are_the_signed_url()
    {
        var seen = new Recorded<MessageAddedEvent>();
        await using var receiver = await Receiver.StartAsync(
            hooks => hooks.OnMessageAdded(seen.Add),
            configureApp: app =>
            {
                var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost };
                forwarded.KnownIPNetworks.Clear();
                forwarded.KnownProxies.Clear();
                app.UseForwardedHeaders(forwarded);
            });
        var request = Receiver.SignedFor(MessageAdded, "https://hooks.example.com/twilio/conversations");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "hooks.example.com");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await receiver.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(seen.Items);
    }

    [Fact]
    public async Task With_a_public_base_url_it_is_the_signed_url()
    {
        var seen = new Recorded<MessageAddedEvent>();
        await using var receiver = await Receiver.StartAsync(
            hooks => hooks.OnMessageAdded(seen.Add),
            new Dictionary<string, string?> { ["Twilio:AuthToken"] = Receiver.Token, ["Twilio:PublicBaseUrl"] = "https://abc123.tunnel.example/app/" });

        using var response = await receiver.Client.SendAsync(Receiver.SignedFor(MessageAdded, "https://abc123.tunnel.example/app/twilio/conversations"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(seen.Items);
    }

    [Fact]
    public async Task With_a_public_base_url_the_local_url_is_refused()
    {
        await using var receiver = await Receiver.StartAsync(
            hooks => { },
            new Dictionary<string, string?> { ["Twilio:AuthToken"] = Receiver.Token, ["Twilio:PublicBaseUrl"] = "https://abc123.tunnel.example" });

        using var response = await receiver.PostAsync(MessageAdded);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_url_signed_with_the_default_port_is_accepted()
    {
        var seen = new Recorded<MessageAddedEvent>();
        await using var receiver = await Receiver.StartAsync(
            hooks => hooks.OnMessageAdded(seen.Add),
            new Dictionary<string, string?> { ["Twilio:AuthToken"] = Receiver.Token, ["Twilio:PublicBaseUrl"] = "https://hooks.example.com" });

        using var response = await receiver.Client.SendAsync(Receiver.SignedFor(MessageAdded, "https://hooks.example.com:443/twilio/conversations"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
