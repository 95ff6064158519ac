namespace StreamKit.State;

/// <summary>
/// A bytes store split by time into segments, each its own bytes store (in-memory or RocksDB), so
/// that expired data goes by dropping whole segments. The timestamp of an entry is read from its key
/// (the window start of a window store, the end of a session). Stream time is the largest timestamp
/// put; a timestamp t is expired once t ≤ stream time - retention. Writes of expired timestamps are
/// dropped, and a segment is dropped once all its timestamps are expired (deferred while a scan is
/// open). Scans merge the segments in key order. Thread-safe. Reads may still see expired entries of
/// live segments: the window and session layers above filter them.
/// </summary>
public sealed partial class SegmentedBytesStore : IKeyValueBytesStore
{
    private readonly ISegmentProvider _provider;
    private readonly Func<byte[], long> _timestampOf;
    private readonly SortedDictionary<long, IKeyValueBytesStore> _segments = [];
    private readonly Lock _gate = new();
    private long _observedStreamTime = Retention.NoStreamTime;
    private bool _disposed;

    internal SegmentedBytesStore(string name, long retentionMs, long segmentIntervalMs, ISegmentProvider provider, Func<byte[], long> timestampOf)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(retentionMs);
        ArgumentOutOfRangeException.ThrowIfLessThan(segmentIntervalMs, 1);
        Name = StoreNames.Validate(name);
        RetentionMs = retentionMs;
        SegmentIntervalMs = segmentIntervalMs;
        _provider = provider;
        _timestampOf = timestampOf;
        foreach (var id in provider.ExistingSegments())
        {
            _segments.Add(id, provider.Open(id));
        }

        // The newest segment's start is a lower bound of the stream time before the restart.
        _observedStreamTime = _segments.Count == 0 ? Retention.NoStreamTime : _segments.Keys.Max() * segmentIntervalMs;
        DropExpiredLocked();
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public bool Persistent => _provider.Persistent;

    /// <summary>How long a timestamp stays live behind stream time, in milliseconds.</summary>
    public long RetentionMs { get; }

    /// <summary>The time span of one segment, in milliseconds.</summary>
    public long SegmentIntervalMs { get; }

    /// <summary>The largest timestamp put so far, or -1 before the first put.</summary>
    public long ObservedStreamTime
    {
        get
        {
            lock (_gate)
            {
                return _observedStreamTime;
            }
        }
    }

    /// <summary>The ids of the open segments in ascending order; segment s holds timestamps [s·interval, (s+1)·interval).</summary>
    public IReadOnlyList<long> SegmentIds
    {
        get
        {
            lock (_gate)
            {
                return [.. _segments.Keys];
            }
        }
    }

    /// <inheritdoc/>
    public long ApproximateCount
    {
        get
        {
            lock (_gate)
            {
                ThrowIfDisposed();
                return _segments.Values.Sum(s => s.ApproximateCount);
            }
        }
    }

    /// <inheritdoc/>
    public byte[]? Get(byte[] key)
    {
        var segmentId = Retention.SegmentOf(_timestampOf(key), SegmentIntervalMs);
        lock (_gate)
        {
            ThrowIfDisposed();
            return _segments.TryGetValue(segmentId, out var segment) ? segment.Get(key) : null;
        }
    }

    /// <inheritdoc/>
    public void Put(byte[] key, byte[]? value) => PutAll([KeyValuePair.Create(key, value)]);

    /// <inheritdoc/>
    public void PutAll(IEnumerable<KeyValuePair<byte[], byte[]?>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var batches = new Dictionary<long, List<KeyValuePair<byte[], byte[]?>>>();
        lock (_gate)
        {
            ThrowIfDisposed();
            foreach (var entry in entries)
            {
                var timestamp = _timestampOf(entry.Key);
                var segmentId = Retention.SegmentOf(timestamp, SegmentIntervalMs);
                _observedStreamTime = Math.Max(_observedStreamTime, timestamp);
                if (Retention.IsLive(timestamp, _observedStreamTime, RetentionMs))
                {
                    (batches.TryGetValue(segmentId, out var batch) ? batch : batches[segmentId] = []).Add(entry);
                }
            }

            var firstLive = Retention.FirstLiveSegment(_observedStreamTime, RetentionMs, SegmentIntervalMs);
            foreach (var (segmentId, batch) in batches.Where(b => b.Key >= firstLive))
            {
                SegmentFor(segmentId, create: batch.Any(e => e.Value is not null))?.PutAll(batch);
            }

            DropExpiredLocked();
        }
    }

    /// <inheritdoc/>
    public void Delete(byte[] key) => Put(key, null);

    /// <inheritdoc/>
    public void Flush()
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            foreach (var segment in _segments.Values)
            {
                segment.Flush();
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            foreach (var segment in _segments.Values)
            {
                segment.Dispose();
            }

            _segments.Clear();
        }
    }

    private IKeyValueBytesStore? SegmentFor(long segmentId, bool create)
    {
        if (!_segments.TryGetValue(segmentId, out var segment) && create)
        {
            segment = _provider.Open(segmentId);
            _segments.Add(segmentId, segment);
        }

        return segment;
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);
}
