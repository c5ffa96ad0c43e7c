using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace ConversationHooks.AspNetCore.Tests.Support;

/// <summary>
/// samples/Receiver as a real process (the built Receiver.dll beside the tests, run by <c>dotnet</c>): the
/// receiver on 127.0.0.1 and an ephemeral port through ASPNETCORE_URLS, or its --simulate command.
/// </summary>
internal sealed partial class SampleProcess : IAsyncDisposable
{
    /// <summary>How long the receiver may take to start; a bound for a stuck process, not a timing assertion.</summary>
    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<string> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SampleProcess(Process process) => _process = process;

    /// <summary>Everything the process wrote to standard output and error so far, in order.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>Starts the receiver with <paramref name="authToken"/> as Twilio__AuthToken and waits until it listens.</summary>
    /// <returns>The process and the URL it listens at (http://127.0.0.1:port).</returns>
    public static async Task<(SampleProcess Receiver, string BaseUrl)> StartReceiverAsync(string authToken)
    {
        var start = StartInfo(authToken);
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        var receiver = new SampleProcess(new Process { StartInfo = start });
        receiver._process.OutputDataReceived += (_, line) => receiver.Record(line.Data);
        receiver._process.ErrorDataReceived += (_, line) => receiver.Record(line.Data);
        receiver._process.EnableRaisingEvents = true;
        receiver._process.Exited += (_, _) => receiver._listening.TrySetException(new InvalidOperationException("The receiver exited before it listened:\n" + receiver.Output));
        receiver._process.Start();
        receiver._process.BeginOutputReadLine();
        receiver._process.BeginErrorReadLine();
        try
        {
            return (receiver, await receiver._listening.Task.WaitAsync(StartBound));
        }
        catch
        {
            await receiver.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs <c>Receiver --simulate <paramref name="url"/></c> with <paramref name="authToken"/> to its end.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> SimulateAsync(string url, string authToken)
    {
        var start = StartInfo(authToken);
        start.ArgumentList.Add("--simulate");
        start.ArgumentList.Add(url);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(StartBound);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Receiver --simulate did not exit within {StartBound}.");
        }

        return (process.ExitCode, await output, await error);
    }

    /// <summary>Waits until the process has written a line containing <paramref name="text"/> (the console logger writes in the background).</summary>
    /// <returns>False when no such line came within the start bound.</returns>
    public async Task<bool> WaitForOutputAsync(string text)
    {
        var bound = Stopwatch.StartNew();
        while (!_output.Any(line => line.Contains(text, StringComparison.Ordinal)))
        {
            if (bound.Elapsed > StartBound)
            {
                return false;
            }

            await Task.Delay(20);
        }

        return true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(StartBound);
        }

        _process.Dispose();
    }

    private static ProcessStartInfo StartInfo(string authToken)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Receiver.dll"));
        start.Environment["Twilio__AuthToken"] = authToken;
        start.Environment.Remove("ASPNETCORE_URLS");
        return start;
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(match.Groups["url"].Value);
        }
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
