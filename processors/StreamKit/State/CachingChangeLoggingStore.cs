namespace StreamKit.State;

/// <summary>
/// A write cache over a bytes store. Writes stay in memory as dirty entries; reads and scans see
/// them merged over the inner store, in key order. <see cref="Flush"/> (the commit point) writes
/// them to the inner store as one batch and, when a changelog sink is given, sends one record per
/// key: the last write of the batch, with its timestamp, and a tombstone for a delete. Nothing
/// reaches the inner store or the changelog before that. Thread-safe; disposing drops unflushed writes.
/// </summary>
public sealed class CachingChangeLoggingStore : IKeyValueBytesStore, IRestorableStore
{
    private readonly IKeyValueBytesStore _inner;
    private readonly IChangelogSink? _sink;
    private readonly Func<long> _timestamp;
    private readonly SortedByteMap<DirtyEntry> _dirty = new();
    private readonly Lock _gate = new();

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">The store flushed to; disposed with this one.</param>
    /// <param name="sink">Receives the changes at each flush; null when logging is off.</param>
    /// <param name="timestamp">The timestamp of the record being processed, in Unix milliseconds.</param>
    public CachingChangeLoggingStore(IKeyValueBytesStore inner, IChangelogSink? sink, Func<long> timestamp)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _sink = sink;
        _timestamp = timestamp ?? throw new ArgumentNullException(nameof(timestamp));
    }

    /// <inheritdoc/>
    public string Name => _inner.Name;

    /// <inheritdoc/>
    public bool Persistent => _inner.Persistent;

    /// <summary>The number of writes waiting for the next flush (one per key).</summary>
    public int DirtyCount
    {
        get
        {
            lock (_gate)
            {
                return _dirty.Count;
            }
        }
    }

    /// <summary>The inner store's estimate plus the cached, not yet flushed puts.</summary>
    public long ApproximateCount
    {
        get
        {
            lock (_gate)
            {
                return _inner.ApproximateCount + _dirty.Values.Count(e => e.Value is not null);
            }
        }
    }

    /// <inheritdoc/>
    public IKeyValueBytesStore RestoreTarget => _inner is IRestorableStore layered ? layered.RestoreTarget : _inner;

    /// <inheritdoc/>
    public byte[]? Get(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            return _dirty.TryGetValue(key, out var cached) ? cached.Value : _inner.Get(key);
        }
    }

    /// <inheritdoc/>
    public void Put(byte[] key, byte[]? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var entry = new DirtyEntry(value, _timestamp());
        lock (_gate)
        {
            _dirty.Set(key, entry);
        }
    }

    /// <inheritdoc/>
    public void PutAll(IEnumerable<KeyValuePair<byte[], byte[]?>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var timestamp = _timestamp();
        lock (_gate)
        {
            foreach (var (key, value) in entries)
            {
                ArgumentNullException.ThrowIfNull(key);
                _dirty.Set(key, new DirtyEntry(value, timestamp));
            }
        }
    }

    /// <inheritdoc/>
    public void Delete(byte[] key) => Put(key, null);

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<byte[], byte[]>> Range(byte[] from, byte[] toInclusive)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(toInclusive);
        lock (_gate)
        {
            return OrderedMerge.Merge(_dirty.Range(from, toInclusive), _inner.Range(from, toInclusive));
        }
    }

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<byte[], byte[]>> PrefixScan(byte[] prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        lock (_gate)
        {
            return OrderedMerge.Merge(_dirty.PrefixScan(prefix), _inner.PrefixScan(prefix));
        }
    }

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<byte[], byte[]>> All()
    {
        lock (_gate)
        {
            return OrderedMerge.Merge(_dirty.All(), _inner.All());
        }
    }

    /// <summary>
    /// Writes the dirty entries to the inner store in one batch, sends them to the changelog
    /// (one record per key), clears the cache and flushes the inner store.
    /// </summary>
    public void Flush()
    {
        lock (_gate)
        {
            var batch = _dirty.All();
            _inner.PutAll(batch.Select(e => KeyValuePair.Create(e.Key, e.Value.Value)));
            if (_sink is not null)
            {
                foreach (var (key, entry) in batch)
                {
                    _sink.Send(Name, key, entry.Value, entry.Timestamp);
                }
            }

            _dirty.Clear();
            _inner.Flush();
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (_gate)
        {
            _dirty.Clear();
            _inner.Dispose();
        }
    }
}
