using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace FinanceStreams.Streaming.Metrics;

/// <summary>
/// What Streamiz does not measure itself, on the meter <see cref="DeadLetters.DeadLetterMetrics.MeterName"/>: records
/// restored into the stores, end-to-end latency (source change to output), and the spans of the records the topologies
/// emit (activity source <see cref="TracingSource"/>). Consumer lag is <see cref="ConsumerLagMonitor"/>'s.
/// </summary>
public static class PipelineMetrics
{
    /// <summary>Name of the activity source of the topologies' spans.</summary>
    public const string TracingSource = "FinanceStreams.Topologies";

    internal static readonly Meter Meter = new(DeadLetters.DeadLetterMetrics.MeterName);

    private static readonly Counter<long> _restored = Meter.CreateCounter<long>("finance.state.restored_records", "{record}", "Changelog records restored into a store.");
    private static readonly Histogram<double> _latency = Meter.CreateHistogram<double>("finance.pipeline.e2e_latency", "s", "Time from a source change (its event time) to the output it decided.");

    /// <summary>The source of the topologies' spans.</summary>
    public static ActivitySource Tracing { get; } = new(TracingSource, "1.0");

    /// <summary>Counts one record restored into <paramref name="store"/> of <paramref name="applicationId"/>.</summary>
    public static void Restored(string applicationId, string store) =>
        _restored.Add(1, new KeyValuePair<string, object?>("application_id", applicationId), new KeyValuePair<string, object?>("store", store));

    /// <summary>Records that an output of <paramref name="applicationId"/> decided on data of event time <paramref name="eventTimeMs"/> left now.</summary>
    public static void Emitted(string applicationId, long eventTimeMs) =>
        _latency.Record(Math.Max(0, TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds() - eventTimeMs) / 1000.0, new KeyValuePair<string, object?>("application_id", applicationId));
}
