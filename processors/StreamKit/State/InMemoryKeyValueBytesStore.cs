namespace StreamKit.State;

/// <summary>
/// A sorted in-memory bytes store. Thread-safe; scans return a snapshot taken when they are called,
/// so writes during a scan do not disturb it. Not persistent: restored from the changelog on start.
/// </summary>
public sealed class InMemoryKeyValueBytesStore : IKeyValueBytesStore
{
    private readonly SortedByteMap<byte[]> _map = new();
    private readonly Lock _gate = new();
    private bool _disposed;

    /// <summary>Creates an empty store.</summary>
    /// <param name="name">The store name.</param>
    public InMemoryKeyValueBytesStore(string name)
    {
        Name = StoreNames.Validate(name);
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public bool Persistent => false;

    /// <inheritdoc/>
    public long ApproximateCount
    {
        get
        {
            lock (_gate)
            {
                return _map.Count;
            }
        }
    }

    /// <inheritdoc/>
    public byte[]? Get(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            ThrowIfDisposed();
            return _map.TryGetValue(key, out var value) ? value : null;
        }
    }

    /// <inheritdoc/>
    public void Put(byte[] key, byte[]? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            ThrowIfDisposed();
            PutLocked(key, value);
        }
    }

    /// <inheritdoc/>
    public void PutAll(IEnumerable<KeyValuePair<byte[], byte[]?>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        lock (_gate)
        {
            ThrowIfDisposed();
            foreach (var (key, value) in entries)
            {
                PutLocked(key, value);
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
            ThrowIfDisposed();
            return _map.Range(from, toInclusive);
        }
    }

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<byte[], byte[]>> PrefixScan(byte[] prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        lock (_gate)
        {
            ThrowIfDisposed();
            return _map.PrefixScan(prefix);
        }
    }

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<byte[], byte[]>> All()
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            return _map.All();
        }
    }

    /// <inheritdoc/>
    public void Flush()
    {
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _map.Clear();
        }
    }

    private void PutLocked(byte[] key, byte[]? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (value is null)
        {
            _map.Remove(key);
        }
        else
        {
            _map.Set(key, value);
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);
}
