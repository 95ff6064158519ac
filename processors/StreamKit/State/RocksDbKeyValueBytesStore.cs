using System.Globalization;
using RocksDbSharp;

namespace StreamKit.State;

/// <summary>
/// A bytes store in a RocksDB database, one directory per store. Writes skip RocksDB's write-ahead
/// log because the changelog topic is the source of truth; <see cref="Flush"/> and
/// <see cref="Dispose"/> write the memtables to disk. Thread-safe; scans use RocksDB iterators
/// (a consistent view as of the scan's start), which disposing the store closes.
/// </summary>
public sealed partial class RocksDbKeyValueBytesStore : IKeyValueBytesStore
{
    private readonly RocksDb _db;
    private readonly WriteOptions _writeOptions = new WriteOptions().DisableWal(1);
    private readonly FlushOptions _flushOptions = new FlushOptions().SetWaitForFlush(true);
    private readonly Lock _gate = new();
    private bool _disposed;

    private RocksDbKeyValueBytesStore(string name, string directory, RocksDb db)
    {
        Name = name;
        Directory = directory;
        _db = db;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>The directory holding the database files.</summary>
    public string Directory { get; }

    /// <inheritdoc/>
    public bool Persistent => true;

    /// <inheritdoc/>
    public long ApproximateCount
    {
        get
        {
            lock (_gate)
            {
                ThrowIfDisposed();
                var estimate = _db.GetProperty("rocksdb.estimate-num-keys");
                return long.TryParse(estimate, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 0;
            }
        }
    }

    /// <summary>Opens the store in <paramref name="directory"/>, creating it (and its parents) when missing.</summary>
    /// <param name="name">The store name.</param>
    /// <param name="directory">The directory of this store alone.</param>
    public static RocksDbKeyValueBytesStore Open(string name, string directory)
    {
        StoreNames.Validate(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        System.IO.Directory.CreateDirectory(directory);
        var options = new DbOptions().SetCreateIfMissing(true);
        return new RocksDbKeyValueBytesStore(name, directory, RocksDb.Open(options, directory));
    }

    /// <inheritdoc/>
    public byte[]? Get(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            ThrowIfDisposed();
            return _db.Get(key);
        }
    }

    /// <inheritdoc/>
    public void Put(byte[] key, byte[]? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            ThrowIfDisposed();
            if (value is null)
            {
                _db.Remove(key, null, _writeOptions);
            }
            else
            {
                _db.Put(key, value, null, _writeOptions);
            }
        }
    }

    /// <inheritdoc/>
    public void PutAll(IEnumerable<KeyValuePair<byte[], byte[]?>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var batch = new WriteBatch();
        foreach (var (key, value) in entries)
        {
            ArgumentNullException.ThrowIfNull(key);
            _ = value is null ? batch.Delete(key) : batch.Put(key, value);
        }

        lock (_gate)
        {
            ThrowIfDisposed();
            _db.Write(batch, _writeOptions);
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
            FlushLocked();
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
            CloseOpenIterators();
            FlushLocked();
            _db.Dispose();
        }
    }

    private void FlushLocked()
    {
        _db.Flush(_flushOptions);
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);
}
