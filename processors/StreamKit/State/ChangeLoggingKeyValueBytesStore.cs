namespace StreamKit.State;

/// <summary>
/// Sends every write to the changelog as it happens, after writing it to the inner store. Used when
/// caching is off; with caching, <see cref="CachingChangeLoggingStore"/> logs once per key per flush instead.
/// </summary>
public sealed class ChangeLoggingKeyValueBytesStore : IKeyValueBytesStore, IRestorableStore
{
    private readonly IKeyValueBytesStore _inner;
    private readonly IChangelogSink _sink;
    private readonly Func<long> _timestamp;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">The store written to; disposed with this one.</param>
    /// <param name="sink">Receives one record per write.</param>
    /// <param name="timestamp">The timestamp of the record being processed, in Unix milliseconds.</param>
    public ChangeLoggingKeyValueBytesStore(IKeyValueBytesStore inner, IChangelogSink sink, Func<long> timestamp)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _sink = sink ?? throw new ArgumentNullException(nameof(sink));
        _timestamp = timestamp ?? throw new ArgumentNullException(nameof(timestamp));
    }

    /// <inheritdoc/>
    public string Name => _inner.Name;

    /// <inheritdoc/>
    public bool Persistent => _inner.Persistent;

    /// <inheritdoc/>
    public long ApproximateCount => _inner.ApproximateCount;

    /// <inheritdoc/>
    public IKeyValueBytesStore RestoreTarget => _inner is IRestorableStore layered ? layered.RestoreTarget : _inner;

    /// <inheritdoc/>
    public byte[]? Get(byte[] key) => _inner.Get(key);

    /// <inheritdoc/>
    public void Put(byte[] key, byte[]? value)
    {
        _inner.Put(key, value);
        _sink.Send(Name, key, value, _timestamp());
    }

    /// <inheritdoc/>
    public void PutAll(IEnumerable<KeyValuePair<byte[], byte[]?>> entries)
    {
        var batch = entries.ToList();
        _inner.PutAll(batch);
        var timestamp = _timestamp();
        foreach (var (key, value) in batch)
        {
            _sink.Send(Name, key, value, timestamp);
        }
    }

    /// <inheritdoc/>
    public void Delete(byte[] key) => Put(key, null);

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<byte[], byte[]>> Range(byte[] from, byte[] toInclusive) => _inner.Range(from, toInclusive);

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<byte[], byte[]>> PrefixScan(byte[] prefix) => _inner.PrefixScan(prefix);

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<byte[], byte[]>> All() => _inner.All();

    /// <inheritdoc/>
    public void Flush() => _inner.Flush();

    /// <inheritdoc/>
    public void Dispose() => _inner.Dispose();
}
