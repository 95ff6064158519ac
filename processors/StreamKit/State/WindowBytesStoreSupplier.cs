namespace StreamKit.State;

/// <summary>Supplies segmented window bytes stores, in memory or in RocksDB.</summary>
internal sealed class WindowBytesStoreSupplier : IWindowBytesStoreSupplier
{
    public WindowBytesStoreSupplier(string name, bool persistent, TimeSpan retention, TimeSpan windowSize, bool retainDuplicates)
    {
        Name = StoreNames.Validate(name);
        Persistent = persistent;
        RetentionMs = Durations.ToMilliseconds(retention, nameof(retention));
        WindowSizeMs = Durations.ToMilliseconds(windowSize, nameof(windowSize));
        if (RetentionMs < WindowSizeMs)
        {
            throw new ArgumentOutOfRangeException(
                nameof(retention), retention, $"The retention of window store '{name}' cannot be shorter than its window size {windowSize}.");
        }

        SegmentIntervalMs = Retention.DefaultSegmentInterval(RetentionMs);
        RetainDuplicates = retainDuplicates;
    }

    public string Name { get; }

    public bool Persistent { get; }

    public long RetentionMs { get; }

    public long WindowSizeMs { get; }

    public long SegmentIntervalMs { get; }

    public bool RetainDuplicates { get; }

    public SegmentedBytesStore Get(StoreContext context) =>
        new(Name, RetentionMs, SegmentIntervalMs, SegmentProviders.Create(Name, Persistent, SegmentIntervalMs, context), WindowKeySchema.WindowStart);
}
