using System.Diagnostics.Metrics;
using FinanceStreams.Topologies.Ingestion;

namespace FinanceStreams.Host.Bench;

/// <summary>
/// When a topology of this process first read a CDC event (<see cref="CdcMetrics.ReadEventsName"/>): where the
/// benchmark's throughput window starts, after the group join, task assignment and the first fetch.
/// </summary>
internal sealed class FirstInput : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _firstMs;

    public FirstInput()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == CdcMetrics.MeterName && instrument.Name == CdcMetrics.ReadEventsName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, _, _, _) =>
            Interlocked.CompareExchange(ref _firstMs, TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds(), 0));
        _listener.Start();
    }

    /// <summary>When the first CDC event was read, or null before.</summary>
    public DateTimeOffset? At => Interlocked.Read(ref _firstMs) is var ms and > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    public void Dispose() => _listener.Dispose();
}
