namespace StreamKit.State;

/// <summary>Scans merged over the segments, and dropping expired segments once no scan is open.</summary>
public sealed partial class SegmentedBytesStore
{
    private int _openScans;

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<byte[], byte[]>> Range(byte[] from, byte[] toInclusive)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(toInclusive);
        return Scan(segment => segment.Range(from, toInclusive));
    }

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<byte[], byte[]>> PrefixScan(byte[] prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return Scan(segment => segment.PrefixScan(prefix));
    }

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<byte[], byte[]>> All() => Scan(static segment => segment.All());

    private IEnumerable<KeyValuePair<byte[], byte[]>> Scan(Func<IKeyValueBytesStore, IEnumerable<KeyValuePair<byte[], byte[]>>> scan)
    {
        lock (_gate)
        {
            ThrowIfDisposed();
        }

        return ScanSegments(scan);
    }

    private IEnumerable<KeyValuePair<byte[], byte[]>> ScanSegments(Func<IKeyValueBytesStore, IEnumerable<KeyValuePair<byte[], byte[]>>> scan)
    {
        List<IEnumerable<KeyValuePair<byte[], byte[]>>> sources;
        lock (_gate)
        {
            ThrowIfDisposed();
            sources = [.. _segments.Values.Select(scan)];
            _openScans++;
        }

        try
        {
            foreach (var entry in SortedMerge.Merge(sources))
            {
                yield return entry;
            }
        }
        finally
        {
            lock (_gate)
            {
                _openScans--;
                if (!_disposed)
                {
                    DropExpiredLocked();
                }
            }
        }
    }

    private void DropExpiredLocked()
    {
        if (_openScans > 0)
        {
            return;
        }

        var firstLive = Retention.FirstLiveSegment(_observedStreamTime, RetentionMs, SegmentIntervalMs);
        foreach (var segmentId in _segments.Keys.TakeWhile(id => id < firstLive).ToList())
        {
            _provider.Destroy(segmentId, _segments[segmentId]);
            _segments.Remove(segmentId);
        }
    }
}
