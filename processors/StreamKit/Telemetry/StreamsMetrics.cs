using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace StreamKit.Telemetry;

/// <summary>
/// The runtime's instruments, on the <see cref="MeterName"/> meter. Names and units follow
/// OpenTelemetry conventions; the host exports them (OpenTelemetry or prometheus-net).
/// </summary>
public static class StreamsMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "StreamKit";

    private static readonly Meter Meter = new(MeterName, "1.0");
    private static readonly ConcurrentDictionary<object, Func<IEnumerable<Measurement<long>>>> LagSources = new();

    /// <summary>Input records processed.</summary>
    public static readonly Counter<long> RecordsProcessed = Meter.CreateCounter<long>("streamkit.records.processed", "{record}", "Input records processed by tasks.");

    /// <summary>Records skipped after an error handler said to continue (dead-lettered or dropped).</summary>
    public static readonly Counter<long> RecordsSkipped = Meter.CreateCounter<long>("streamkit.records.skipped", "{record}", "Records skipped by an error handler.");

    /// <summary>Records written to a dead-letter topic.</summary>
    public static readonly Counter<long> DeadLetters = Meter.CreateCounter<long>("streamkit.dlq.records", "{record}", "Records written to a dead-letter topic.");

    /// <summary>Repartition records dropped because they replayed one already applied.</summary>
    public static readonly Counter<long> ReplaysDropped = Meter.CreateCounter<long>("streamkit.records.replays_dropped", "{record}", "Replayed repartition records dropped to keep state exactly-once.");

    /// <summary>Time to process one input record through its sub-topology.</summary>
    public static readonly Histogram<double> ProcessDuration = Meter.CreateHistogram<double>("streamkit.process.duration", "s", "Time to process one input record.");

    /// <summary>Wall-clock time from a record's event time to the end of its processing.</summary>
    public static readonly Histogram<double> EndToEndLatency = Meter.CreateHistogram<double>("streamkit.e2e.latency", "s", "From event time to processed.");

    /// <summary>Time to commit a thread's tasks.</summary>
    public static readonly Histogram<double> CommitDuration = Meter.CreateHistogram<double>("streamkit.commit.duration", "s", "Time to commit a stream thread's tasks.");

    /// <summary>Changelog records restored.</summary>
    public static readonly Counter<long> RestoredRecords = Meter.CreateCounter<long>("streamkit.restore.records", "{record}", "Changelog records restored.");

    /// <summary>Changelog records still to restore.</summary>
    public static readonly UpDownCounter<long> RestoreRemaining = Meter.CreateUpDownCounter<long>("streamkit.restore.remaining", "{record}", "Changelog records still to restore.");

    static StreamsMetrics() =>
        Meter.CreateObservableGauge("streamkit.consumer.lag", () => LagSources.Values.SelectMany(s => s()), "{record}", "Records between a partition's end and the consumer's position.");

    /// <summary>Tags identifying an application and task.</summary>
    public static TagList Tags(string applicationId, string task) => new() { { "streamkit.application.id", applicationId }, { "streamkit.task", task } };

    internal static void AddLagSource(object owner, Func<IEnumerable<Measurement<long>>> source) => LagSources[owner] = source;

    internal static void RemoveLagSource(object owner) => LagSources.TryRemove(owner, out _);
}
