using System.Diagnostics.CodeAnalysis;
using StreamKit.Serialization;

namespace StreamKit.State;

/// <summary>
/// A read-only view of a store for interactive queries: callers cannot cast it back to the
/// writable store, flush it or dispose it.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class ReadOnlyKeyValueStoreView<TKey, TValue> : IReadOnlyKeyValueStore<TKey, TValue>
{
    private readonly IReadOnlyKeyValueStore<TKey, TValue> _store;

    /// <summary>Views <paramref name="store"/>.</summary>
    /// <param name="store">The store read from.</param>
    public ReadOnlyKeyValueStoreView(IReadOnlyKeyValueStore<TKey, TValue> store)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
    }

    /// <inheritdoc/>
    public string Name => _store.Name;

    /// <inheritdoc/>
    public long ApproximateCount => _store.ApproximateCount;

    /// <inheritdoc/>
    public TValue? Get(TKey key) => _store.Get(key);

    /// <inheritdoc/>
    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value) => _store.TryGet(key, out value);

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<TKey, TValue>> Range(TKey from, TKey toInclusive) => _store.Range(from, toInclusive);

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<TKey, TValue>> PrefixScan(TKey prefix) => _store.PrefixScan(prefix);

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<TKey, TValue>> PrefixScan<TPrefix>(TPrefix prefix, ISerde<TPrefix> prefixSerde) =>
        _store.PrefixScan(prefix, prefixSerde);

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<TKey, TValue>> All() => _store.All();
}
