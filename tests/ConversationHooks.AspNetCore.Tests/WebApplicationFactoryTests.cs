using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ConversationHooks.AspNetCore.Tests;

/// <summary>
/// The README's integration test, for real: samples/Receiver hosted by <c>WebApplicationFactory</c>, a builder's sample
/// signed with <see cref="TwilioRequestSigner"/> for the test server's URL, answered by the app's own handlers.
/// </summary>
public sealed class WebApplicationFactoryTests : IAsyncLifetime
{
    private const string Token = "factory-test-token";
    private readonly WebApplicationFactory<Program> _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web.UseSetting("Twilio:AuthToken", Token));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("this is forbidden", HttpStatusCode.Forbidden)]
    [InlineData("hello", HttpStatusCode.OK)]
    public async Task A_signed_sample_reaches_the_apps_handler_through_the_test_server(string body, HttpStatusCode expected)
    {
        var client = _factory.CreateClient();
        var request = new MessageAddEventBuilder { Body = body }.Sign("http://localhost/twilio/conversations", new TwilioRequestSigner(Token));

        using var response = await client.SendAsync(request.ToHttpRequestMessage());

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_request_signed_with_another_token_is_refused()
    {
        var client = _factory.CreateClient();
        var request = new MessageAddedEventBuilder().Sign("http://localhost/twilio/conversations", new TwilioRequestSigner("another-token"));

        using var response = await client.SendAsync(request.ToHttpRequestMessage());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
