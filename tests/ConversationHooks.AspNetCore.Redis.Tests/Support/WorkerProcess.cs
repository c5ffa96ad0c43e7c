using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace ConversationHooks.AspNetCore.Redis.Tests.Support;

/// <summary>
/// A worker machine as a real process: ConversationHooks.AspNetCore.Redis.TestWorker.dll (built beside the tests)
/// run by <c>dotnet</c>, processing the stream under a key prefix and counting each handled claim key in a hash.
/// </summary>
internal sealed class WorkerProcess : IAsyncDisposable
{
    /// <summary>How long the process may take to start; a bound for a stuck process, not a timing assertion.</summary>
    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private WorkerProcess(Process process) => _process = process;

    /// <summary>Everything the process wrote so far.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>Starts a worker named <paramref name="consumer"/> and waits until it listens (its worker runs by then).</summary>
    public static async Task<WorkerProcess> StartAsync(string redis, string prefix, string consumer, string handledKey, TimeSpan reclaimAfter)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ConversationHooks.AspNetCore.Redis.TestWorker.dll"));
        start.Environment["Twilio__AuthToken"] = Receiver.Token;
        start.Environment["Twilio__Redis__Configuration"] = redis;
        start.Environment["Twilio__Redis__KeyPrefix"] = prefix;
        start.Environment["Twilio__Redis__ProcessStoredEvents"] = "true";
        start.Environment["Twilio__Redis__ConsumerName"] = consumer;
        start.Environment["Twilio__Redis__ReclaimAfter"] = reclaimAfter.ToString("c");
        start.Environment["HANDLED_KEY"] = handledKey;
        start.Environment.Remove("ASPNETCORE_URLS");
        var worker = new WorkerProcess(new Process { StartInfo = start });
        worker._process.OutputDataReceived += (_, line) => worker.Record(line.Data);
        worker._process.ErrorDataReceived += (_, line) => worker.Record(line.Data);
        worker._process.Start();
        worker._process.BeginOutputReadLine();
        worker._process.BeginErrorReadLine();
        if (!await worker.WaitForOutputAsync("Now listening on"))
        {
            var output = worker.Output;
            await worker.DisposeAsync();
            throw new InvalidOperationException("The worker did not start:\n" + output);
        }

        return worker;
    }

    /// <summary>Waits until the process has written a line containing <paramref name="text"/>; false when none came within the start bound.</summary>
    public async Task<bool> WaitForOutputAsync(string text)
    {
        var bound = Stopwatch.StartNew();
        while (!_output.Any(line => line.Contains(text, StringComparison.Ordinal)))
        {
            if (bound.Elapsed > StartBound || _process.HasExited)
            {
                return _output.Any(line => line.Contains(text, StringComparison.Ordinal));
            }

            await Task.Delay(20);
        }

        return true;
    }

    /// <summary>Kills the process, as a machine that dies does: nothing it was doing is finished or acknowledged.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(StartBound);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }
}
