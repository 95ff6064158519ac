namespace StreamKit.State;

/// <summary>
/// A window store over a bytes store, with keys laid out as <c>[key][8-byte start][4-byte sequence]</c>
/// (the sequence is 0 unless duplicates are retained, then one more than the window's last). The bytes
/// store is a <see cref="SegmentedBytesStore"/>, optionally under caching and change-logging layers,
/// which then log the full windowed key bytes.
/// </summary>
public sealed class WindowBytesStore : IWindowBytesStore, IRestorableStore
{
    private readonly IKeyValueBytesStore _store;
    private readonly SegmentedBytesStore _segments;
    private readonly Lock _writeGate = new();
    private long _observedStreamTime = Retention.NoStreamTime;

    /// <summary>Wraps <paramref name="store"/>.</summary>
    /// <param name="store">The bytes store read and written: <paramref name="segments"/> or layers over it; disposed with this one.</param>
    /// <param name="segments">The segmented store at the bottom of <paramref name="store"/>, which sets the retention.</param>
    /// <param name="windowSizeMs">The window size, in milliseconds.</param>
    /// <param name="retainDuplicates">Keep every put of the same key and window start.</param>
    public WindowBytesStore(IKeyValueBytesStore store, SegmentedBytesStore segments, long windowSizeMs, bool retainDuplicates)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _segments = segments ?? throw new ArgumentNullException(nameof(segments));
        ArgumentOutOfRangeException.ThrowIfNegative(windowSizeMs);
        WindowSizeMs = windowSizeMs;
        RetainDuplicates = retainDuplicates;
    }

    /// <inheritdoc/>
    public string Name => _store.Name;

    /// <inheritdoc/>
    public bool Persistent => _store.Persistent;

    /// <inheritdoc/>
    public long WindowSizeMs { get; }

    /// <inheritdoc/>
    public long RetentionMs => _segments.RetentionMs;

    /// <inheritdoc/>
    public bool RetainDuplicates { get; }

    /// <inheritdoc/>
    public long ObservedStreamTime => Math.Max(Volatile.Read(ref _observedStreamTime), _segments.ObservedStreamTime);

    /// <inheritdoc/>
    public IKeyValueBytesStore RestoreTarget => _store is IRestorableStore layered ? layered.RestoreTarget : _store;

    /// <inheritdoc/>
    public void Put(byte[] key, byte[]? value, long windowStart)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentOutOfRangeException.ThrowIfNegative(windowStart);
        Retention.Advance(ref _observedStreamTime, windowStart);
        if (!Retention.IsLive(windowStart, ObservedStreamTime, RetentionMs))
        {
            return;
        }

        lock (_writeGate)
        {
            if (!RetainDuplicates)
            {
                _store.Put(WindowKeySchema.ToStoreKey(key, windowStart, 0), value);
            }
            else if (value is null)
            {
                _store.PutAll([.. Entries(key, windowStart).Select(e => KeyValuePair.Create(e.Key, (byte[]?)null))]);
            }
            else
            {
                _store.Put(WindowKeySchema.ToStoreKey(key, windowStart, NextSequence(key, windowStart)), value);
            }
        }
    }

    /// <inheritdoc/>
    public byte[]? Fetch(byte[] key, long windowStart)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (windowStart < 0 || !Retention.IsLive(windowStart, ObservedStreamTime, RetentionMs))
        {
            return null;
        }

        return RetainDuplicates
            ? Entries(key, windowStart).Select(e => e.Value).FirstOrDefault()
            : _store.Get(WindowKeySchema.ToStoreKey(key, windowStart, 0));
    }

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<long, byte[]>> Fetch(byte[] key, long timeFrom, long timeTo)
    {
        ArgumentNullException.ThrowIfNull(key);
        var from = Math.Max(timeFrom, Retention.EarliestLive(ObservedStreamTime, RetentionMs));
        if (from > timeTo)
        {
            return [];
        }

        return _store.Range(WindowKeySchema.ToStoreKey(key, from, 0), WindowKeySchema.ToStoreKey(key, timeTo, uint.MaxValue))
            .Where(e => e.Key.Length == key.Length + WindowKeySchema.SuffixLength)
            .Select(e => KeyValuePair.Create(WindowKeySchema.WindowStart(e.Key), e.Value));
    }

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<Windowed<byte[]>, byte[]>> FetchRange(byte[] keyFrom, byte[] keyTo, long timeFrom, long timeTo)
    {
        ArgumentNullException.ThrowIfNull(keyFrom);
        ArgumentNullException.ThrowIfNull(keyTo);
        var from = Math.Max(timeFrom, Retention.EarliestLive(ObservedStreamTime, RetentionMs));
        if (from > timeTo || ByteArrayComparer.Instance.Compare(keyFrom, keyTo) > 0)
        {
            return [];
        }

        return Windowed(_store.Range(keyFrom, WindowKeySchema.UpperBound(keyTo, timeTo)), from, timeTo)
            .Where(e => ByteArrayComparer.Instance.Compare(e.Key.Key, keyFrom) >= 0 && ByteArrayComparer.Instance.Compare(e.Key.Key, keyTo) <= 0);
    }

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<Windowed<byte[]>, byte[]>> FetchAll(long timeFrom, long timeTo)
    {
        var from = Math.Max(timeFrom, Retention.EarliestLive(ObservedStreamTime, RetentionMs));
        return from > timeTo ? [] : Windowed(_store.All(), from, timeTo);
    }

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<Windowed<byte[]>, byte[]>> All() => FetchAll(0, long.MaxValue);

    /// <inheritdoc/>
    public void Flush() => _store.Flush();

    /// <inheritdoc/>
    public void Dispose() => _store.Dispose();

    private IEnumerable<KeyValuePair<Windowed<byte[]>, byte[]>> Windowed(IEnumerable<KeyValuePair<byte[], byte[]>> entries, long timeFrom, long timeTo) =>
        from entry in entries
        let start = WindowKeySchema.WindowStart(entry.Key)
        where start >= timeFrom && start <= timeTo
        select KeyValuePair.Create(new Windowed<byte[]>(WindowKeySchema.Key(entry.Key).ToArray(), Window.OfSize(start, WindowSizeMs)), entry.Value);

    private List<KeyValuePair<byte[], byte[]>> Entries(byte[] key, long windowStart) =>
        [.. _store.Range(WindowKeySchema.ToStoreKey(key, windowStart, 0), WindowKeySchema.ToStoreKey(key, windowStart, uint.MaxValue))
            .Where(e => e.Key.Length == key.Length + WindowKeySchema.SuffixLength)];

    private uint NextSequence(byte[] key, long windowStart)
    {
        var entries = Entries(key, windowStart);
        if (entries.Count == 0)
        {
            return 0;
        }

        var last = WindowKeySchema.Sequence(entries[^1].Key);
        return last < uint.MaxValue
            ? last + 1
            : throw new InvalidOperationException($"Window store '{Name}' holds the most duplicates one key and window start can have.");
    }
}
