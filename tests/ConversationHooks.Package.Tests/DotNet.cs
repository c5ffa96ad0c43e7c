using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace ConversationHooks.Package.Tests;

/// <summary>One diagnostic line of an MSBuild log: <c>path(line,col): error CWH001: message</c>.</summary>
public sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message)
{
    public override string ToString() => $"{System.IO.Path.GetFileName(File)}({Line},{Column}): {Severity} {Id}: {Message}";
}

public sealed record CommandResult(int ExitCode, string Output)
{
    private static readonly Regex DiagnosticLine = new(@"^\s*(?<file>[^\s(][^(]*)\((?<line>\d+),(?<col>\d+)\): (?<severity>error|warning|info) (?<id>[A-Z]+\d+): (?<message>.*?)( \(https?://[^)]*\))?( \[[^\]]+\])?$", RegexOptions.Multiline);

    /// <summary>Every distinct diagnostic of the log (MSBuild repeats them in its summary).</summary>
    public IReadOnlyList<BuildDiagnostic> Diagnostics => DiagnosticLine.Matches(Output)
        .Select(m => new BuildDiagnostic(m.Groups["file"].Value.Trim(), int.Parse(m.Groups["line"].Value), int.Parse(m.Groups["col"].Value), m.Groups["severity"].Value, m.Groups["id"].Value, m.Groups["message"].Value))
        .GroupBy(d => (System.IO.Path.GetFileName(d.File), d.Line, d.Column, d.Id))
        .Select(g => g.First())
        .ToList();
}

/// <summary>Runs the dotnet CLI, as a user or CI would.</summary>
public static class DotNet
{
    /// <summary>How long one dotnet command may run: a bound for a stuck process on a loaded machine, not a timing assertion.</summary>
    private static readonly TimeSpan RunBound = TimeSpan.FromMinutes(10);

    public static async Task<CommandResult> RunAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // Consumers are builds of their own, not children of the test run's build.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildSDKsPath");

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(RunBound);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not exit within {RunBound}.");
        }

        output.Append(await stdout).Append(await stderr);
        return new CommandResult(process.ExitCode, output.ToString());
    }
}
