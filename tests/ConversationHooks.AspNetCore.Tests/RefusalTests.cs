using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ConversationHooks.AspNetCore.Tests.Support;

namespace ConversationHooks.AspNetCore.Tests;

/// <summary>Requests the endpoint refuses, each with its status; a refused signature never reaches a handler and gets an empty body.</summary>
public class RefusalTests
{
    private static readonly string MessageAdded = Fixture.ReadEvent("onMessageAdded");

    [Fact]
    public async Task A_request_without_a_signature_is_403_with_an_empty_body()
    {
        var seen = new Recorded<MessageAddedEvent>();
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdded(seen.Add));

        using var response = await receiver.Client.PostAsync(Receiver.Path, new StringContent(MessageAdded, Encoding.UTF8, Receiver.FormContentType));

        await AssertRefusedSignature(response, seen);
    }

    [Fact]
    public async Task A_wrong_signature_is_403_with_an_empty_body()
    {
        var seen = new Recorded<MessageAddedEvent>();
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdded(seen.Add));
        var request = new HttpRequestMessage(HttpMethod.Post, Receiver.Path) { Content = new StringContent(MessageAdded, Encoding.UTF8, Receiver.FormContentType) };
        request.Headers.Add("X-Twilio-Signature", "bm90IGEgc2lnbmF0dXJlIGF0IGFsbA==");

        using var response = await receiver.Client.SendAsync(request);

        await AssertRefusedSignature(response, seen);
    }

    [Fact]
    public async Task A_request_signed_for_another_url_is_403()
    {
        var seen = new Recorded<MessageAddedEvent>();
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdded(seen.Add));

        using var response = await receiver.PostAsync(MessageAdded, signedUrl: receiver.BaseUrl + "/another/webhook");

        await AssertRefusedSignature(response, seen);
    }

    [Fact]
    public async Task A_request_signed_with_another_token_is_403()
    {
        var seen = new Recorded<MessageAddedEvent>();
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdded(seen.Add));

        using var response = await receiver.PostAsync(MessageAdded, token: "another-accounts-token");

        await AssertRefusedSignature(response, seen);
    }

    [Fact]
    public async Task A_signed_body_that_is_not_a_form_is_415()
    {
        await using var receiver = await Receiver.StartAsync(hooks => { });
        var request = new HttpRequestMessage(HttpMethod.Post, Receiver.Path) { Content = new StringContent("{\"EventType\":\"onMessageAdded\"}", Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Twilio-Signature", TwilioSignature.Sign(Receiver.Token, receiver.Url, []));

        using var response = await receiver.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task An_unsigned_body_that_is_not_a_form_is_403_not_415()
    {
        await using var receiver = await Receiver.StartAsync(hooks => { });
        var request = new HttpRequestMessage(HttpMethod.Post, Receiver.Path) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Twilio-Signature", TwilioSignature.Sign("another-accounts-token", receiver.Url, []));

        using var response = await receiver.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_malformed_form_is_400_naming_the_problem()
    {
        await using var receiver = await Receiver.StartAsync(hooks => { });
        var request = new HttpRequestMessage(HttpMethod.Post, Receiver.Path) { Content = new StringContent("EventType=onMessageAdded&Body=%ZZ", Encoding.ASCII, Receiver.FormContentType) };
        request.Headers.Add("X-Twilio-Signature", "c2lnbmVkIG9yIG5vdCwgdGhlIGZvcm0gaXMgYnJva2Vu");

        using var response = await receiver.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("malformed", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task In_strict_mode_a_signed_event_with_a_malformed_value_is_400_naming_the_parameter()
    {
        await using var receiver = await Receiver.StartAsync(hooks => { }, new Dictionary<string, string?> { ["Twilio:AuthToken"] = Receiver.Token, ["Twilio:ReadMode"] = "Strict" });

        using var response = await receiver.PostAsync(MessageAdded.Replace("Index=0", "Index=x"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'Index'", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_before_the_rest_is_sent()
    {
        await using var receiver = await Receiver.StartAsync(hooks => { }, new Dictionary<string, string?> { ["Twilio:AuthToken"] = Receiver.Token, ["Twilio:MaxBodySize"] = "1024" });
        var port = new Uri(receiver.BaseUrl).Port;
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        var stream = client.GetStream();

        // Announce a megabyte, send 2 KB and no more: the answer can only come from a server that stopped reading.
        var head = $"POST {Receiver.Path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: {Receiver.FormContentType}\r\nContent-Length: {1024 * 1024}\r\nX-Twilio-Signature: c29tZSBzaWduYXR1cmU=\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head + new string('a', 2048)));
        var answer = await ReadStatusLineAsync(stream);

        Assert.Equal("HTTP/1.1 413 Payload Too Large", answer);
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_413()
    {
        await using var receiver = await Receiver.StartAsync(hooks => { }, new Dictionary<string, string?> { ["Twilio:AuthToken"] = Receiver.Token, ["Twilio:MaxBodySize"] = "1024" });
        var port = new Uri(receiver.BaseUrl).Port;
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        var stream = client.GetStream();

        // No length announced: the limit holds while reading, and the chunked body never ends.
        var head = $"POST {Receiver.Path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: {Receiver.FormContentType}\r\nTransfer-Encoding: chunked\r\nX-Twilio-Signature: c29tZSBzaWduYXR1cmU=\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head + "800\r\n" + new string('a', 2048) + "\r\n"));
        var answer = await ReadStatusLineAsync(stream);

        Assert.Equal("HTTP/1.1 413 Payload Too Large", answer);
    }

    [Fact]
    public async Task A_refusals_text_ends_with_one_full_stop()
    {
        await using var receiver = await Receiver.StartAsync(hooks => { });

        // The form reader's message ends with its own full stop.
        using var response = await receiver.Client.SendAsync(Receiver.Signed("EventType=onMessageAdded&Body=%ZZ", "c2lnbmVkIG9yIG5vdCwgdGhlIGZvcm0gaXMgYnJva2Vu"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.EndsWith("hex digits.", text);
        Assert.DoesNotContain("..", text);
    }

    [Fact]
    public async Task A_chunked_body_whose_chunk_size_overflows_is_400_and_a_warning()
    {
        await using var receiver = await Receiver.StartAsync(hooks => { });
        var port = new Uri(receiver.BaseUrl).Port;
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        var stream = client.GetStream();

        var head = $"POST {Receiver.Path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: {Receiver.FormContentType}\r\nTransfer-Encoding: chunked\r\nX-Twilio-Signature: c29tZSBzaWduYXR1cmU=\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head + "FFFFFFFFFFFFFFFFFFFF\r\n"));
        var answer = await ReadStatusLineAsync(stream);

        Assert.Equal("HTTP/1.1 400 Bad Request", answer);
        await Bounded.UntilAsync(() => receiver.Logs.Lines.Any(l => l.Level == Microsoft.Extensions.Logging.LogLevel.Warning && l.Message.Contains("the body could not be read")), "the warning");
        Assert.DoesNotContain(receiver.Logs.Lines, l => l.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }

    private static async Task AssertRefusedSignature(HttpResponseMessage response, Recorded<MessageAddedEvent> seen)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(seen.Items);
    }

    private static async Task<string> ReadStatusLineAsync(NetworkStream stream)
    {
        var line = new StringBuilder();
        var buffer = new byte[1];
        var bound = Bounded.Token();
        while (await stream.ReadAsync(buffer, bound) == 1 && buffer[0] != '\n')
        {
            line.Append((char)buffer[0]);
        }

        return line.ToString().TrimEnd('\r');
    }
}
