namespace StreamKit.State;

/// <summary>Creates the segmented bytes store under a session store, once per task.</summary>
public interface ISessionBytesStoreSupplier
{
    /// <summary>The store name.</summary>
    string Name { get; }

    /// <summary>True when the stores created are persistent.</summary>
    bool Persistent { get; }

    /// <summary>How long a session stays after stream time passes its end, in milliseconds.</summary>
    long RetentionMs { get; }

    /// <summary>The time span of one segment, in milliseconds.</summary>
    long SegmentIntervalMs { get; }

    /// <summary>Creates (or, for persistent stores, opens) the store for the task in <paramref name="context"/>.</summary>
    SegmentedBytesStore Get(StoreContext context);
}
