using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationHooks.AspNetCore.Tests.Support;

/// <summary>What a meter (the endpoint's by default) of one receiver records: instrument, value and tags (sorted, <c>key=value,...</c>).</summary>
internal sealed class Measurements : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly Recorded<(string Instrument, double Value, string Tags)> _recorded = new();

    public Measurements(Receiver receiver, string meterName = "ConversationHooks.AspNetCore")
    {
        var factory = receiver.App.Services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == meterName && instrument.Meter.Scope == factory)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => _recorded.Add((instrument.Name, value, Describe(tags))));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => _recorded.Add((instrument.Name, value, Describe(tags))));
        _listener.Start();
    }

    public IReadOnlyList<(string Instrument, double Value, string Tags)> Items => _recorded.Items;

    /// <summary>Reads the observable instruments (gauges) now.</summary>
    public void Observe() => _listener.RecordObservableInstruments();

    public void Dispose() => _listener.Dispose();

    private static string Describe(ReadOnlySpan<KeyValuePair<string, object?>> tags)
        => string.Join(",", tags.ToArray().OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={t.Value}"));
}
