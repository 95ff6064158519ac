namespace StreamKit.State;

/// <summary>Chooses the segment engine: in memory, or RocksDB under <c>&lt;state dir&gt;/&lt;task id&gt;/rocksdb/&lt;store&gt;/</c>.</summary>
internal static class SegmentProviders
{
    public static ISegmentProvider Create(string name, bool persistent, long segmentIntervalMs, StoreContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return persistent
            ? new RocksDbSegmentProvider(
                name,
                Path.Combine(context.StateDirectory, StoreNames.Validate(context.TaskId, "task id"), "rocksdb", name),
                segmentIntervalMs)
            : new InMemorySegmentProvider(name);
    }
}
