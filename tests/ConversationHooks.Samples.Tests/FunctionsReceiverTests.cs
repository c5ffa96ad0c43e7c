using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using ConversationHooks.Samples.FunctionsReceiver;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationHooks.Samples.Tests;

/// <summary>
/// samples/FunctionsReceiver's function, called as the Functions host's ASP.NET Core integration calls it: with an
/// HttpRequest, its services registered as the sample's Program registers them, a request signed by the runtime's signer.
/// </summary>
public class FunctionsReceiverTests
{
    private const string Token = "functions-test-token";
    private const string PublicUrl = "https://hooks.example.com/twilio/conversations";
    private const string MessageAdd = "AccountSid=AC1234567890abcdef1234567890abcdef&EventType=onMessageAdd&Source=SDK&ConversationSid=CH1234567890abcdef1234567890abcdef&Body=my+password+is+hunter2&Author=alice&Attributes=%7B%7D";

    [Fact]
    public async Task A_signed_pre_action_event_gets_the_processors_typed_answer()
    {
        var (status, body) = await CallAsync(MessageAdd, new TwilioRequestSigner(Token).SignFormBody(PublicUrl, MessageAdd));

        Assert.Equal((200, "{\"body\":\"[redacted]\"}"), (status, body));
    }

    [Fact]
    public async Task A_request_signed_with_another_token_is_refused_403_before_the_processor()
    {
        var (status, body) = await CallAsync(MessageAdd, new TwilioRequestSigner("another-accounts-token").SignFormBody(PublicUrl, MessageAdd));

        Assert.Equal((403, string.Empty), (status, body));
    }

    /// <summary>Calls the function as the host would, on a request the worker sees at its own address (the public URL comes from PublicBaseUrl).</summary>
    private static async Task<(int Status, string Body)> CallAsync(string formBody, string signature)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Twilio:AuthToken"] = Token, ["Twilio:PublicBaseUrl"] = "https://hooks.example.com" })
            .Build();
        await using var services = new ServiceCollection().AddLogging().AddConversationsReceiver(configuration).BuildServiceProvider();
        var function = ActivatorUtilities.CreateInstance<ConversationsWebhookFunction>(services);
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = HttpMethods.Post;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("127.0.0.1", 7071);
        context.Request.Path = "/twilio/conversations";
        context.Request.ContentType = "application/x-www-form-urlencoded";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(formBody));
        context.Request.Headers["X-Twilio-Signature"] = signature;
        var response = new MemoryStream();
        context.Response.Body = response;

        var result = await function.RunAsync(context.Request);

        Assert.IsType<EmptyResult>(result);
        return (context.Response.StatusCode, Encoding.UTF8.GetString(response.ToArray()));
    }
}
