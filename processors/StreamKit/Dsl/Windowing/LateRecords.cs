using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace StreamKit.Dsl.Windowing;

/// <summary>Counts records dropped because every window they belong to had closed (past grace).</summary>
public static class LateRecords
{
    private static readonly Meter Meter = new(Telemetry.StreamsMetrics.MeterName);
    private static readonly Counter<long> Dropped = Meter.CreateCounter<long>("streamkit.records.late_dropped", "{record}", "Records dropped because their windows had closed.");
    private static readonly ConcurrentDictionary<string, long> ByStore = new(StringComparer.Ordinal);

    /// <summary>Records dropped as late since the process started by the windows of <paramref name="store"/>.</summary>
    public static long For(string store) => ByStore.GetValueOrDefault(store);

    internal static void Drop(string store)
    {
        ByStore.AddOrUpdate(store, 1, (_, n) => n + 1);
        Dropped.Add(1, new KeyValuePair<string, object?>("streamkit.store", store));
    }
}
