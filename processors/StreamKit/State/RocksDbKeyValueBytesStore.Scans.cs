using RocksDbSharp;

namespace StreamKit.State;

/// <summary>Range, prefix and full scans over RocksDB iterators.</summary>
public sealed partial class RocksDbKeyValueBytesStore
{
    private readonly HashSet<Iterator> _openIterators = [];

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<byte[], byte[]>> Range(byte[] from, byte[] toInclusive)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(toInclusive);
        ThrowIfDisposedLocked();
        return ByteArrayComparer.Instance.Compare(from, toInclusive) > 0
            ? []
            : Scan(from, key => ByteArrayComparer.Instance.Compare(key, toInclusive) <= 0);
    }

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<byte[], byte[]>> PrefixScan(byte[] prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ThrowIfDisposedLocked();
        return Scan(prefix, key => BytePrefix.StartsWith(key, prefix));
    }

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<byte[], byte[]>> All()
    {
        ThrowIfDisposedLocked();
        return Scan(null, static _ => true);
    }

    private IEnumerable<KeyValuePair<byte[], byte[]>> Scan(byte[]? seek, Func<byte[], bool> inRange)
    {
        Iterator? iterator = null;
        try
        {
            while (true)
            {
                KeyValuePair<byte[], byte[]> entry;
                lock (_gate)
                {
                    ThrowIfDisposed();
                    if (iterator is null)
                    {
                        iterator = _db.NewIterator();
                        _openIterators.Add(iterator);
                        _ = seek is null ? iterator.SeekToFirst() : iterator.Seek(seek);
                    }
                    else
                    {
                        iterator.Next();
                    }

                    var key = iterator.Valid() ? iterator.Key() : null;
                    if (key is null || !inRange(key))
                    {
                        yield break;
                    }

                    entry = KeyValuePair.Create(key, iterator.Value());
                }

                yield return entry;
            }
        }
        finally
        {
            lock (_gate)
            {
                if (iterator is not null && _openIterators.Remove(iterator))
                {
                    iterator.Dispose();
                }
            }
        }
    }

    private void CloseOpenIterators()
    {
        foreach (var iterator in _openIterators)
        {
            iterator.Dispose();
        }

        _openIterators.Clear();
    }

    private void ThrowIfDisposedLocked()
    {
        lock (_gate)
        {
            ThrowIfDisposed();
        }
    }
}
