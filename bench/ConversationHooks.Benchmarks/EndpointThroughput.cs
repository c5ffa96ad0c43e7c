using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using ConversationHooks.AspNetCore.Tests.Support;
using ConversationHooks.Runtime.Tests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConversationHooks.Benchmarks;

/// <summary>
/// Requests per second and latency of the webhook endpoint next to its floor, a bare minimal-API endpoint
/// that only reads the form: one app on Kestrel at 127.0.0.1, one in-process HttpClient (SocketsHttpHandler,
/// <see cref="Connections"/> connections, each kept busy by its own loop), the same signed onMessageAdded
/// delivery with a fresh I-Twilio-Idempotency-Token each time, sent to both. Rounds alternate between the two;
/// each side's median round is reported. Not BenchmarkDotNet: a load generator measures a server.
/// </summary>
internal static class EndpointThroughput
{
    public const int Connections = 32;
    public const int RequestsPerRound = 20_000;
    public const int Rounds = 5;
    private const string Token = "benchmark-auth-token";
    private const string EndpointPath = "/twilio/conversations";
    private const string FloorPath = "/floor";

    public sealed record Result(double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds);

    /// <summary>The endpoint's two rows (with and without an idempotency token) and the floor's.</summary>
    public sealed record Measurement(Result Endpoint, Result EndpointWithoutToken, Result Floor);

    public static async Task<Measurement> MeasureAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration["Twilio:AuthToken"] = Token;
        builder.Services.AddConversationHooks(builder.Configuration.GetSection("Twilio"));
        await using var app = builder.Build();
        app.MapConversationsWebhooks(EndpointPath, hooks => hooks.OnMessageAdded(e => { }));
        app.MapPost(FloorPath, async (HttpRequest request) =>
        {
            await request.ReadFormAsync();
            return Results.Ok();
        });
        await app.StartAsync();

        var baseUrl = app.Urls.Single();
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Connections }) { BaseAddress = new Uri(baseUrl) };
        var body = TypicalRequests.MessageAddedBody;
        var signature = TwilioSignature.SignForm(Token, baseUrl + EndpointPath, body);
        await RoundAsync(client, FloorPath, body, signature, RequestsPerRound / 4, idempotencyTokens: true);
        await RoundAsync(client, EndpointPath, body, signature, RequestsPerRound / 4, idempotencyTokens: true);

        var endpoint = new Result[Rounds];
        var withoutToken = new Result[Rounds];
        var floor = new Result[Rounds];
        for (var round = 0; round < Rounds; round++)
        {
            floor[round] = await RoundAsync(client, FloorPath, body, signature, RequestsPerRound, idempotencyTokens: true);
            endpoint[round] = await RoundAsync(client, EndpointPath, body, signature, RequestsPerRound, idempotencyTokens: true);
            withoutToken[round] = await RoundAsync(client, EndpointPath, body, signature, RequestsPerRound, idempotencyTokens: false);
        }

        await app.StopAsync();
        return new Measurement(Median(endpoint), Median(withoutToken), Median(floor));
    }

    /// <summary>The markdown table of one measurement.</summary>
    public static string Table(Measurement measured)
        => string.Join(Environment.NewLine, new[]
        {
            "| receiving | requests/s | p50 | p99 | share of the floor's requests/s | target |",
            "|---|---:|---:|---:|---:|---|",
            Row("MapConversationsWebhooks (signature, form, event, duplicate check, handler)", measured.Endpoint, measured.Floor, Targets.Endpoint),
            Row("the same without I-Twilio-Idempotency-Token (no duplicate check)", measured.EndpointWithoutToken, measured.Floor, "(where the time goes)"),
            Row("floor: MapPost that only reads the form", measured.Floor, measured.Floor, string.Empty),
        }) + Environment.NewLine;

    private static string Row(string name, Result result, Result floor, string target)
        => $"| {name} | {Rate(result)} | {Ms(result.P50Milliseconds)} | {Ms(result.P99Milliseconds)} | {(result.RequestsPerSecond / floor.RequestsPerSecond * 100).ToString("0", CultureInfo.InvariantCulture)}% | {target} |";

    private static async Task<Result> RoundAsync(HttpClient client, string path, string body, string signature, int requests, bool idempotencyTokens)
    {
        var latencies = new double[requests];
        var next = -1;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, Connections).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < requests; i = Interlocked.Increment(ref next))
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, null, "application/x-www-form-urlencoded") };
                request.Headers.Add("X-Twilio-Signature", signature);
                if (idempotencyTokens)
                {
                    request.Headers.Add("I-Twilio-Idempotency-Token", Guid.NewGuid().ToString("N"));
                }

                var sent = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(request);
                latencies[i] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}: the measurement is void.");
                }
            }
        })));
        var elapsed = Stopwatch.GetElapsedTime(started);
        Array.Sort(latencies);
        return new Result(requests / elapsed.TotalSeconds, latencies[requests / 2], latencies[(int)(requests * 0.99)]);
    }

    private static Result Median(Result[] rounds) => rounds.OrderBy(r => r.RequestsPerSecond).ElementAt(rounds.Length / 2);

    private static string Rate(Result result) => result.RequestsPerSecond.ToString("N0", CultureInfo.InvariantCulture);

    private static string Ms(double milliseconds) => milliseconds.ToString("0.00", CultureInfo.InvariantCulture) + " ms";
}
