namespace StreamKit.State;

/// <summary>
/// A typed window store over an <see cref="IWindowBytesStore"/>: values per key and window start,
/// kept for a retention period behind stream time (the largest window start put).
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public interface IWindowStore<TKey, TValue> : IReadOnlyWindowStore<TKey, TValue>, IStateStore
{
    /// <summary>The size of the windows, in milliseconds.</summary>
    long WindowSizeMs { get; }

    /// <summary>How long a window stays after stream time passes its start, in milliseconds.</summary>
    long RetentionMs { get; }

    /// <summary>True when every put of the same key and window start is kept.</summary>
    bool RetainDuplicates { get; }

    /// <summary>The largest window start put so far, or -1 before the first.</summary>
    long ObservedStreamTime { get; }

    /// <summary>Stores (or, retaining duplicates, appends) <paramref name="value"/> for a window; dropped when the window has expired.</summary>
    void Put(TKey key, TValue value, long windowStart);

    /// <summary>Removes the window's entry (every duplicate); no-op when absent.</summary>
    void Delete(TKey key, long windowStart);
}
