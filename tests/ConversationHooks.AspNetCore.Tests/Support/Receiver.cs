using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConversationHooks.AspNetCore.Tests.Support;

/// <summary>
/// A real app: Kestrel on 127.0.0.1 and an ephemeral port, AddConversationHooks bound from configuration
/// section "Twilio", the endpoint at <see cref="Path"/>, and an HttpClient that sends signed requests.
/// </summary>
internal sealed class Receiver : IAsyncDisposable
{
    public const string Token = "receiver-test-token-one";
    public const string SecondToken = "receiver-test-token-two";
    public const string Path = "/twilio/conversations";
    public const string FormContentType = "application/x-www-form-urlencoded";

    private Receiver(WebApplication app, CapturedLogs logs)
    {
        App = app;
        Logs = logs;
        BaseUrl = app.Urls.Single();
        Client = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = Bounded.Wait };
    }

    public WebApplication App { get; }

    public CapturedLogs Logs { get; }

    /// <summary>http://127.0.0.1:port</summary>
    public string BaseUrl { get; }

    /// <summary>The URL Twilio would call and sign.</summary>
    public string Url => BaseUrl + Path;

    public HttpClient Client { get; }

    /// <summary>Another client, on connections of its own (a request on a connection still held by the server waits for it).</summary>
    public HttpClient NewClient() => new() { BaseAddress = new Uri(BaseUrl), Timeout = Bounded.Wait };

    public static Task<Receiver> StartAsync(
        Action<ConversationsWebhookHooks> hooks,
        IDictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configureBuilder = null,
        Action<WebApplication>? configureApp = null,
        Action<IEndpointConventionBuilder>? configureEndpoint = null)
        => StartAsync(
            settings,
            builder => configureBuilder?.Invoke(builder),
            app =>
            {
                configureApp?.Invoke(app);
                var endpoint = app.MapConversationsWebhooks(Path, hooks);
                configureEndpoint?.Invoke(endpoint);
            });

    /// <summary>An app that receives at <see cref="Path"/> in <paramref name="style"/>, its handlers doing what <paramref name="script"/> says.</summary>
    public static Task<Receiver> StartAsync(ReceivingStyle style, EventScript script, IDictionary<string, string?>? settings = null)
        => StartAsync(settings, builder => style.Register(builder, script), app => style.Map(app, Path));

    private static async Task<Receiver> StartAsync(IDictionary<string, string?>? settings, Action<WebApplicationBuilder> configureBuilder, Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var logs = new CapturedLogs();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?> { ["Twilio:AuthToken"] = Token });
        builder.Services.AddConversationHooks(builder.Configuration.GetSection("Twilio"));
        configureBuilder(builder);
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return new Receiver(app, logs);
    }

    /// <summary>The token, and <paramref name="settings"/> beside it (keys such as <c>Twilio:PreActionBudget</c>).</summary>
    public static Dictionary<string, string?> Settings(params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?> { ["Twilio:AuthToken"] = Token };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return all;
    }

    /// <summary>POSTs <paramref name="formBody"/> signed with <paramref name="token"/> for <paramref name="signedUrl"/> (default: <see cref="Url"/>).</summary>
    public Task<HttpResponseMessage> PostAsync(string formBody, string token = Token, string? signedUrl = null, string? idempotencyToken = null, string path = Path, CancellationToken cancellationToken = default, HttpClient? via = null)
    {
        var request = Signed(formBody, TwilioSignature.SignForm(token, signedUrl ?? BaseUrl + path, formBody), path);
        if (idempotencyToken is not null)
        {
            request.Headers.Add("I-Twilio-Idempotency-Token", idempotencyToken);
        }

        return (via ?? Client).SendAsync(request, cancellationToken);
    }

    /// <summary>A POST of <paramref name="formBody"/> as Twilio sends it (no charset) with <paramref name="signature"/>.</summary>
    public static HttpRequestMessage Signed(string formBody, string signature, string path = Path)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(formBody, null, FormContentType) };
        request.Content.Headers.ContentType!.CharSet = null;
        request.Headers.Add("X-Twilio-Signature", signature);
        return request;
    }

    /// <summary>A POST of <paramref name="formBody"/> signed with <see cref="Token"/> for <paramref name="signedUrl"/>.</summary>
    public static HttpRequestMessage SignedFor(string formBody, string signedUrl)
        => Signed(formBody, TwilioSignature.SignForm(Token, signedUrl, formBody));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
