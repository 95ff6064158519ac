using System.Diagnostics.Metrics;

namespace FinanceStreams.Streaming.Tests.Metrics;

/// <summary>Collects what the observable gauges of one meter report.</summary>
internal sealed class GaugeRecorder : IDisposable
{
    private readonly MeterListener _listener = new();

    public GaugeRecorder(Meter meter)
    {
        _listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, meter))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
            Measurements.Add((instrument.Name, instrument.Unit, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value?.ToString()))));
        _listener.Start();
    }

    public List<(string Name, string? Unit, double Value, Dictionary<string, string?> Tags)> Measurements { get; } = [];

    /// <summary>Reads every gauge once.</summary>
    public GaugeRecorder Collect()
    {
        Measurements.Clear();
        _listener.RecordObservableInstruments();
        return this;
    }

    public void Dispose() => _listener.Dispose();
}
