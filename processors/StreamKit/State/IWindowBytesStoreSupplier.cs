namespace StreamKit.State;

/// <summary>Creates the segmented bytes store under a window store, once per task.</summary>
public interface IWindowBytesStoreSupplier
{
    /// <summary>The store name.</summary>
    string Name { get; }

    /// <summary>True when the stores created are persistent.</summary>
    bool Persistent { get; }

    /// <summary>How long a window stays after stream time passes its start, in milliseconds.</summary>
    long RetentionMs { get; }

    /// <summary>The size of the windows, in milliseconds.</summary>
    long WindowSizeMs { get; }

    /// <summary>The time span of one segment, in milliseconds.</summary>
    long SegmentIntervalMs { get; }

    /// <summary>True when every put of the same key and window start is kept.</summary>
    bool RetainDuplicates { get; }

    /// <summary>Creates (or, for persistent stores, opens) the store for the task in <paramref name="context"/>.</summary>
    SegmentedBytesStore Get(StoreContext context);
}
