using FinanceStreams.Topologies.Ingestion;
using Prometheus;

namespace FinanceStreams.Host.Http;

/// <summary>
/// Exports the System.Diagnostics.Metrics meters of the runtime, the topologies and the API through prometheus-net.
/// prometheus-net's own adapter starts only at the first scrape and would lose what was measured before it, so
/// this one starts when the first <see cref="HttpHost"/> is created: create it before starting the topologies.
/// </summary>
public static class MetricsExport
{
    private static readonly Lock _gate = new();
    private static IDisposable? _adapter;

    /// <summary>The meters exported at <c>/metrics</c>.</summary>
    public static IReadOnlySet<string> Meters { get; } = new HashSet<string>(StringComparer.Ordinal) { CdcMetrics.MeterName, ApiMetrics.MeterName, FinanceStreams.Streaming.Metrics.StreamizMetricsBridge.MeterName, FinanceStreams.Streaming.DeadLetters.DeadLetterMetrics.MeterName };

    /// <summary>Starts listening to <see cref="Meters"/> into prometheus-net's default registry, once per process.</summary>
    public static void EnsureStarted()
    {
        lock (_gate)
        {
            if (_adapter is not null)
            {
                return;
            }

            // The default adapter would listen to every meter, and only from the first scrape on.
            Metrics.SuppressDefaultMetrics(new SuppressDefaultMetricOptions { SuppressMeters = true, SuppressProcessMetrics = false, SuppressDebugMetrics = false, SuppressEventCounters = false });
            _adapter = MeterAdapter.StartListening(new MeterAdapterOptions { InstrumentFilterPredicate = instrument => Meters.Contains(instrument.Meter.Name) });
        }
    }
}
