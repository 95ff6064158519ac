namespace StreamKit.State;

/// <summary>
/// A window store of bytes: values per (key, window start), kept for a retention period behind
/// stream time (the largest window start put). Expired windows are neither returned nor written.
/// Scans are lazy, like those of <see cref="IKeyValueBytesStore"/>.
/// </summary>
public interface IWindowBytesStore : IStateStore
{
    /// <summary>The size of the windows, in milliseconds; a window ends at start + size.</summary>
    long WindowSizeMs { get; }

    /// <summary>How long a window stays after stream time passes its start, in milliseconds.</summary>
    long RetentionMs { get; }

    /// <summary>True when every put of the same key and window start is kept as its own entry (for stream-stream joins).</summary>
    bool RetainDuplicates { get; }

    /// <summary>The largest window start put (or restored) so far, or -1 before the first.</summary>
    long ObservedStreamTime { get; }

    /// <summary>
    /// Stores <paramref name="value"/> for the window of <paramref name="key"/> starting at
    /// <paramref name="windowStart"/>, or appends it when duplicates are retained. A null value removes
    /// the window's entry (every duplicate). Dropped when the window has already expired.
    /// </summary>
    void Put(byte[] key, byte[]? value, long windowStart);

    /// <summary>The value of the window, or null when there is none or it expired; the first duplicate when duplicates are retained.</summary>
    byte[]? Fetch(byte[] key, long windowStart);

    /// <summary>The live windows of <paramref name="key"/> starting in [<paramref name="timeFrom"/>, <paramref name="timeTo"/>], by start (then insertion order for duplicates).</summary>
    IEnumerable<KeyValuePair<long, byte[]>> Fetch(byte[] key, long timeFrom, long timeTo);

    /// <summary>
    /// The live windows starting in [<paramref name="timeFrom"/>, <paramref name="timeTo"/>] of the keys
    /// whose bytes lie in [<paramref name="keyFrom"/>, <paramref name="keyTo"/>], in store-key order
    /// (by key bytes, then start, for keys of one length).
    /// </summary>
    IEnumerable<KeyValuePair<Windowed<byte[]>, byte[]>> FetchRange(byte[] keyFrom, byte[] keyTo, long timeFrom, long timeTo);

    /// <summary>The live windows of every key starting in [<paramref name="timeFrom"/>, <paramref name="timeTo"/>], in store-key order.</summary>
    IEnumerable<KeyValuePair<Windowed<byte[]>, byte[]>> FetchAll(long timeFrom, long timeTo);

    /// <summary>Every live window, in store-key order.</summary>
    IEnumerable<KeyValuePair<Windowed<byte[]>, byte[]>> All();
}
