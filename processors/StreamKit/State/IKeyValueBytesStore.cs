namespace StreamKit.State;

/// <summary>
/// A key-value store of bytes, ordered by unsigned lexicographic key bytes (RocksDB's default
/// comparator, <see cref="ByteArrayComparer"/>). Scans are lazy and must be enumerated to the end
/// or disposed (<c>foreach</c> does both); callers must not modify the arrays they get or give.
/// </summary>
public interface IKeyValueBytesStore : IStateStore
{
    /// <summary>The value for <paramref name="key"/>, or null when there is none.</summary>
    byte[]? Get(byte[] key);

    /// <summary>Stores <paramref name="value"/> for <paramref name="key"/>; a null value deletes the key.</summary>
    void Put(byte[] key, byte[]? value);

    /// <summary>Applies the entries in order, as <see cref="Put"/> would (null values delete), as one batch where the store supports it.</summary>
    void PutAll(IEnumerable<KeyValuePair<byte[], byte[]?>> entries);

    /// <summary>Removes <paramref name="key"/>; no-op when absent.</summary>
    void Delete(byte[] key);

    /// <summary>Entries with <paramref name="from"/> ≤ key ≤ <paramref name="toInclusive"/>, in key order; empty when from &gt; to.</summary>
    IEnumerable<KeyValuePair<byte[], byte[]>> Range(byte[] from, byte[] toInclusive);

    /// <summary>Entries whose key starts with <paramref name="prefix"/>, in key order.</summary>
    IEnumerable<KeyValuePair<byte[], byte[]>> PrefixScan(byte[] prefix);

    /// <summary>All entries in key order.</summary>
    IEnumerable<KeyValuePair<byte[], byte[]>> All();

    /// <summary>An estimate of the number of keys (exact for in-memory stores).</summary>
    long ApproximateCount { get; }
}
