using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConversationHooks.Client.Tests;

/// <summary>
/// A real HTTP server on 127.0.0.1 (ephemeral port) standing in for Twilio's Conversations API: it
/// records every request it receives (method, path, headers, body) and plays the answers queued
/// with <see cref="Answer"/> in order.
/// </summary>
public sealed class FakeTwilioApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _answers = new();
    private readonly ConcurrentQueue<ReceivedRequest> _received = new();

    private FakeTwilioApi(WebApplication app)
    {
        _app = app;
        _app.Run(HandleAsync);
    }

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<ReceivedRequest> Received => _received.ToList();

    /// <summary>Completes when a request arrives that is answered with <see cref="AnswerNever"/>.</summary>
    public TaskCompletionSource StalledRequestArrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<FakeTwilioApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var api = new FakeTwilioApi(builder.Build());
        await api._app.StartAsync();
        var address = api._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        api.BaseAddress = new Uri(address);
        return api;
    }

    /// <summary>Answers the next request with <paramref name="status"/> and a JSON body (a fixture's text).</summary>
    public FakeTwilioApi Answer(int status, string? json = null, params (string Name, string Value)[] headers)
    {
        _answers.Enqueue(async context =>
        {
            context.Response.StatusCode = status;
            foreach (var (name, value) in headers)
            {
                context.Response.Headers[name] = value;
            }

            if (json is not null)
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(json);
            }
        });
        return this;
    }

    /// <summary>
    /// Answers the next request with headers that promise the whole body and sends half of it: Kestrel then
    /// closes the connection (too few bytes for the Content-Length), as a proxy or network failure would.
    /// </summary>
    public FakeTwilioApi AnswerCutShort(string json)
    {
        _answers.Enqueue(async context =>
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(json);
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = bytes.Length;
            await context.Response.Body.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
        });
        return this;
    }

    /// <summary>Holds the next request until the client gives up on it.</summary>
    public FakeTwilioApi AnswerNever()
    {
        _answers.Enqueue(async context =>
        {
            StalledRequestArrived.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { });
        });
        return this;
    }

    /// <summary>Sends the headers of the next answer (a 200 with a body to come), then holds the body until the client gives up.</summary>
    public FakeTwilioApi AnswerHeadersThenNever()
    {
        _answers.Enqueue(async context =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = 100;
            await context.Response.StartAsync();
            await context.Response.Body.FlushAsync();
            StalledRequestArrived.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { });
        });
        return this;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        _received.Enqueue(new ReceivedRequest(
            context.Request.Method,
            context.Request.Path.Value!,
            context.Request.QueryString.Value ?? string.Empty,
            context.Request.Headers.Authorization.ToString(),
            context.Request.ContentType,
            body,
            context.Request.Headers.UserAgent.ToString(),
            context.Request.Headers["X-Twilio-Signature"].ToString()));
        if (!_answers.TryDequeue(out var answer))
        {
            context.Response.StatusCode = 599; // no answer queued: the test did not expect this request
            return;
        }

        await answer(context);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>What the stand-in received (<see cref="Query"/> with its '?', empty when there is none; <see cref="TwilioSignature"/> empty when none came).</summary>
public sealed record ReceivedRequest(string Method, string Path, string Query, string Authorization, string? ContentType, string Body, string UserAgent, string TwilioSignature);
