using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using StreamKit.Processing;

namespace StreamKit.Dsl.Windowing;

/// <summary>
/// Counts records dropped because every window they belong to had closed (past grace): the
/// <c>streamkit.records.late_dropped</c> counter on the <c>StreamKit</c> meter, tagged with the store,
/// application and task, and a per-store total for tests and diagnostics.
/// </summary>
public static class LateRecords
{
    private static readonly Meter Meter = new(Telemetry.StreamsMetrics.MeterName);
    private static readonly Counter<long> Dropped = Meter.CreateCounter<long>("streamkit.records.late_dropped", "{record}", "Records dropped because their windows had closed.");
    private static readonly ConcurrentDictionary<string, long> ByStore = new(StringComparer.Ordinal);

    /// <summary>Records dropped as late since the process started by the windows of <paramref name="store"/> (all tasks).</summary>
    public static long For(string store) => ByStore.GetValueOrDefault(store);

    internal static void Drop<TKey, TValue>(string store, IProcessorContext<TKey, TValue> context)
    {
        ByStore.AddOrUpdate(store, 1, (_, n) => n + 1);
        var tags = Telemetry.StreamsMetrics.Tags(context.ApplicationId, context.TaskId.ToString());
        tags.Add("streamkit.store", store);
        Dropped.Add(1, tags);
    }
}
