namespace StreamKit.State;

/// <summary>Supplies segmented session bytes stores, in memory or in RocksDB.</summary>
internal sealed class SessionBytesStoreSupplier : ISessionBytesStoreSupplier
{
    public SessionBytesStoreSupplier(string name, bool persistent, TimeSpan retention)
    {
        Name = StoreNames.Validate(name);
        Persistent = persistent;
        RetentionMs = Durations.ToMilliseconds(retention, nameof(retention));
        SegmentIntervalMs = Retention.DefaultSegmentInterval(RetentionMs);
    }

    public string Name { get; }

    public bool Persistent { get; }

    public long RetentionMs { get; }

    public long SegmentIntervalMs { get; }

    public SegmentedBytesStore Get(StoreContext context) =>
        new(Name, RetentionMs, SegmentIntervalMs, SegmentProviders.Create(Name, Persistent, SegmentIntervalMs, context), SessionKeySchema.End);
}
