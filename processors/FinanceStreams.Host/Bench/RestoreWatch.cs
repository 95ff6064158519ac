using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using FinanceStreams.Streaming.DeadLetters;

namespace FinanceStreams.Host.Bench;

/// <summary>Records restored into the stores of this process (<c>finance.state.restored_records</c>), per store, and when the first and the last arrived.</summary>
internal sealed class RestoreWatch : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _stores = new(StringComparer.Ordinal);
    private long _firstMs;
    private long _lastMs;

    public RestoreWatch()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == DeadLetterMetrics.MeterName && instrument.Name == "finance.state.restored_records")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var now = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
            Interlocked.CompareExchange(ref _firstMs, now, 0);
            Interlocked.Exchange(ref _lastMs, now);
            string? store = null;
            foreach (var tag in tags)
            {
                store = tag.Key == "store" ? tag.Value as string : store;
            }

            _stores.AddOrUpdate(store ?? "?", value, (_, n) => n + value);
        });
        _listener.Start();
    }

    /// <summary>Records restored per store.</summary>
    public IReadOnlyDictionary<string, long> Stores => _stores;

    /// <summary>From the first restored record to the last.</summary>
    public TimeSpan Span => TimeSpan.FromMilliseconds(Math.Max(0, Interlocked.Read(ref _lastMs) - Interlocked.Read(ref _firstMs)));

    /// <summary>When the last record was restored, null before the first.</summary>
    public DateTimeOffset? Last => Interlocked.Read(ref _lastMs) is var ms and > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    /// <summary>Waits until no record has been restored for <paramref name="quiet"/> (a rebalance after the first assignment restores again).</summary>
    public Task QuietAsync(TimeSpan quiet, CancellationToken cancel) => Quiet.UntilUnchangedAsync(() => Last, quiet, cancel);

    public void Dispose() => _listener.Dispose();
}
