using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ConversationHooks.AspNetCore.Tests.Support;

/// <summary>A redis-server of the test's own on a free loopback port, so that a test can stop it mid-run (and start it again, empty) without disturbing the others.</summary>
internal sealed class RedisServer : IDisposable
{
    private readonly int _port;
    private Process _process;

    private RedisServer(Process process, int port)
    {
        _process = process;
        _port = port;
        Address = $"127.0.0.1:{port}";
    }

    public string Address { get; }

    public static async Task<RedisServer> StartAsync()
    {
        var port = FreePort();
        var server = new RedisServer(Launch(port), port);
        await server.WaitUntilListeningAsync();
        return server;
    }

    /// <summary>Starts a stopped server again on its port: empty, as a restarted Redis without persistence is.</summary>
    public async Task RestartAsync()
    {
        Kill();
        _process.Dispose();
        _process = Launch(_port);
        await WaitUntilListeningAsync();
    }

    private static Process Launch(int port)
    {
        var start = new ProcessStartInfo("redis-server") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilListeningAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, _port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        Dispose();
        throw new InvalidOperationException($"redis-server did not listen on port {_port}.");
    }

    /// <summary>Stops the server as a crash would.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            if (!_process.WaitForExit(10_000))
            {
                throw new TimeoutException($"redis-server on port {_port} did not exit within 10 s of being killed.");
            }
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
