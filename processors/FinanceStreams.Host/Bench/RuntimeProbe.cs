using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using StreamKit.Telemetry;

namespace FinanceStreams.Host.Bench;

/// <summary>Listens to the runtime's meter in this process: records processed, consumer lag, records restored per store.</summary>
internal sealed class RuntimeProbe : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _restored = new(StringComparer.Ordinal);
    private long _processed;
    private long _lag;
    private long _restoreRemaining;

    public RuntimeProbe()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == StreamsMetrics.MeterName && instrument.Name is "streamkit.records.processed" or "streamkit.consumer.lag" or "streamkit.restore.records" or "streamkit.restore.remaining")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            switch (instrument.Name)
            {
                case "streamkit.records.processed": Interlocked.Add(ref _processed, value); break;
                case "streamkit.consumer.lag": Interlocked.Add(ref _lag, value); break;
                case "streamkit.restore.remaining": Interlocked.Add(ref _restoreRemaining, value); break;
                default:
                    foreach (var tag in tags)
                    {
                        if (tag.Key == "streamkit.store" && tag.Value is string store)
                        {
                            _restored.AddOrUpdate(store, value, (_, total) => total + value);
                        }
                    }

                    break;
            }
        });
        _listener.Start();
    }

    /// <summary>Input records processed by every task of this process so far.</summary>
    public long Processed => Interlocked.Read(ref _processed);

    /// <summary>Changelog records still to restore.</summary>
    public long RestoreRemaining => Interlocked.Read(ref _restoreRemaining);

    /// <summary>Records restored so far, per store.</summary>
    public IReadOnlyDictionary<string, long> Restored => _restored;

    /// <summary>The current total consumer lag over every assigned partition.</summary>
    public long Lag()
    {
        Interlocked.Exchange(ref _lag, 0);
        _listener.RecordObservableInstruments();
        return Interlocked.Read(ref _lag);
    }

    public void Dispose() => _listener.Dispose();
}
