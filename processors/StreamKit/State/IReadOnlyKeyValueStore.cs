using System.Diagnostics.CodeAnalysis;
using StreamKit.Serialization;

namespace StreamKit.State;

/// <summary>
/// Read access to a typed key-value store, for interactive queries. Scans are in the order of the
/// serialized keys (unsigned bytes), which is numeric order for non-negative big-endian ints.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public interface IReadOnlyKeyValueStore<TKey, TValue>
{
    /// <summary>The store name.</summary>
    string Name { get; }

    /// <summary>An estimate of the number of keys.</summary>
    long ApproximateCount { get; }

    /// <summary>The value for <paramref name="key"/>, or <c>default</c> when there is none (use <see cref="TryGet"/> for value types).</summary>
    TValue? Get(TKey key);

    /// <summary>Reads the value for <paramref name="key"/>; false when there is none.</summary>
    bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value);

    /// <summary>Entries whose serialized key lies between those of <paramref name="from"/> and <paramref name="toInclusive"/>, both inclusive.</summary>
    IEnumerable<KeyValuePair<TKey, TValue>> Range(TKey from, TKey toInclusive);

    /// <summary>Entries whose serialized key starts with the serialized <paramref name="prefix"/> key.</summary>
    IEnumerable<KeyValuePair<TKey, TValue>> PrefixScan(TKey prefix);

    /// <summary>Entries whose serialized key starts with <paramref name="prefix"/> serialized by <paramref name="prefixSerde"/> (use <see cref="Serdes.ByteArray"/> for raw bytes).</summary>
    IEnumerable<KeyValuePair<TKey, TValue>> PrefixScan<TPrefix>(TPrefix prefix, ISerde<TPrefix> prefixSerde);

    /// <summary>All entries in key order.</summary>
    IEnumerable<KeyValuePair<TKey, TValue>> All();
}
