using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace ConversationHooks.Benchmarks.RealBuild;

/// <summary>
/// The times one <c>dotnet build -v:d -clp:PerformanceSummary -p:ReportAnalyzer=true</c> logs: an
/// analyzer's or generator's line of the compiler's report (seconds, three decimals), and the Csc task's
/// total from the performance summary.
/// </summary>
internal sealed class BuildLog
{
    private static readonly Regex CscTask = new(@"^\s*(?<ms>\d+) ms\s+Csc\s+\d+ calls", RegexOptions.Multiline);
    private static readonly Regex CwhError = new(@"^\s*(?<file>[^\s(][^(]*)\((?<line>\d+),(?<col>\d+)\): error (?<id>CWH\d+):", RegexOptions.Multiline);

    private readonly string _text;

    public BuildLog(string text) => _text = text;

    /// <summary>The seconds the compiler's report gives the analyzer or generator of this full type name.</summary>
    public double Seconds(string typeName)
    {
        var line = new Regex(@"^\s*(?<s><?[\d.]+)\s+<?\d+\s+" + Regex.Escape(typeName) + @"(\s|$)", RegexOptions.Multiline).Match(_text);
        if (!line.Success)
        {
            throw new InvalidOperationException($"'{typeName}' is not in the build's analyzer report (was -p:ReportAnalyzer=true -v:d passed, and is it loaded?).");
        }

        // "<0.001": under a millisecond; counted as half of one.
        var value = line.Groups["s"].Value;
        return value.StartsWith('<') ? 0.0005 : double.Parse(value, CultureInfo.InvariantCulture);
    }

    /// <summary>The Csc task's wall-clock seconds.</summary>
    public double CscSeconds()
    {
        var match = CscTask.Match(_text);
        return match.Success
            ? int.Parse(match.Groups["ms"].Value, CultureInfo.InvariantCulture) / 1000.0
            : throw new InvalidOperationException("No Csc line in the build's performance summary (was -clp:PerformanceSummary passed?).");
    }

    /// <summary>Distinct CWH errors (MSBuild repeats each one in its summary).</summary>
    public int CwhErrors() => CwhError.Matches(_text)
        .Select(m => (System.IO.Path.GetFileName(m.Groups["file"].Value.Trim()), m.Groups["line"].Value, m.Groups["col"].Value, m.Groups["id"].Value))
        .Distinct()
        .Count();
}
