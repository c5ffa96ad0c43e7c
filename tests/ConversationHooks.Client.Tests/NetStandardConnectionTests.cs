using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using System.Threading.Tasks;
using static ConversationHooks.Client.Tests.Twilio;

namespace ConversationHooks.Client.Tests;

/// <summary>
/// The netstandard2.0 build of the connection (what .NET Framework consumers run), loaded on its own: it
/// reads bodies without a cancellable read, so cancellation and cut bodies take their own path there.
/// </summary>
public sealed class NetStandardConnectionTests : IAsyncLifetime
{
    private const string DeletePath = "/v1/Conversations/CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Webhooks/WHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private static readonly Assembly NetStandard = Load();
    private readonly HttpClient _http = new();
    private FakeTwilioApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeTwilioApi.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _api.DisposeAsync();
    }

    private static Assembly Load()
    {
        var path = typeof(NetStandardConnectionTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "ConversationHooks.NetStandardRuntime").Value!;
        return new AssemblyLoadContext("netstandard2.0 runtime").LoadFromAssemblyPath(path);
    }

    /// <summary>The netstandard2.0 TwilioApiConnection's DELETE call.</summary>
    private async Task DeleteAsync(CancellationToken cancellationToken)
    {
        var credentials = NetStandard.GetType("ConversationHooks.TwilioCredentials", throwOnError: true)!
            .GetMethod("FromAuthToken")!.Invoke(null, new object[] { AccountSidText, AuthToken });
        var connection = Activator.CreateInstance(NetStandard.GetType("ConversationHooks.TwilioApiConnection", throwOnError: true)!, _http, credentials, _api.BaseAddress)!;
        var send = connection.GetType().GetMethod("SendAsync", new[] { typeof(string), typeof(string), typeof(CancellationToken) })!;
        await (Task)send.Invoke(connection, new object[] { "DELETE", DeletePath, cancellationToken })!;
    }

    [Fact]
    public void The_netstandard_build_is_the_one_under_test()
        => Assert.Equal(".NETStandard,Version=v2.0", NetStandard.GetCustomAttribute<System.Runtime.Versioning.TargetFrameworkAttribute>()!.FrameworkName);

    [Fact]
    public async Task A_body_cut_short_is_its_TwilioApiException()
    {
        _api.AnswerCutShort(Fixture("error-not-found"));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => DeleteAsync(CancellationToken.None));

        Assert.Equal(NetStandard.GetType("ConversationHooks.TwilioApiException"), error.GetType());
        Assert.Contains("ended before its body was complete", error.Message);
    }

    [Fact]
    public async Task A_body_that_stalls_after_the_headers_is_cancelled_by_the_token()
    {
        _api.AnswerHeadersThenNever();
        using var cancellation = new CancellationTokenSource();

        var call = DeleteAsync(cancellation.Token);
        await _api.StalledRequestArrived.Task;
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    [Fact]
    public async Task An_error_answer_carries_Twilios_code()
    {
        _api.Answer(404, Fixture("error-not-found"));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => DeleteAsync(CancellationToken.None));

        Assert.Equal(20404, error.GetType().GetProperty("Code")!.GetValue(error));
    }
}
