using System.Diagnostics.CodeAnalysis;
using StreamKit.Serialization;

namespace StreamKit.State;

/// <summary>
/// A read-only view of a timestamped store that shows only the values, for interactive queries
/// that do not care when a value was written.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class TimestampedValuesView<TKey, TValue> : IReadOnlyKeyValueStore<TKey, TValue>
{
    private readonly IReadOnlyKeyValueStore<TKey, ValueAndTimestamp<TValue>> _store;

    /// <summary>Views <paramref name="store"/>.</summary>
    /// <param name="store">The timestamped store read from.</param>
    public TimestampedValuesView(IReadOnlyKeyValueStore<TKey, ValueAndTimestamp<TValue>> store)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
    }

    /// <inheritdoc/>
    public string Name => _store.Name;

    /// <inheritdoc/>
    public long ApproximateCount => _store.ApproximateCount;

    /// <inheritdoc/>
    public TValue? Get(TKey key) => TryGet(key, out var value) ? value : default;

    /// <inheritdoc/>
    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        var found = _store.TryGet(key, out var stamped);
        value = stamped.Value;
        return found;
    }

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<TKey, TValue>> Range(TKey from, TKey toInclusive) => Values(_store.Range(from, toInclusive));

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<TKey, TValue>> PrefixScan(TKey prefix) => Values(_store.PrefixScan(prefix));

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<TKey, TValue>> PrefixScan<TPrefix>(TPrefix prefix, ISerde<TPrefix> prefixSerde) =>
        Values(_store.PrefixScan(prefix, prefixSerde));

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<TKey, TValue>> All() => Values(_store.All());

    private static IEnumerable<KeyValuePair<TKey, TValue>> Values(IEnumerable<KeyValuePair<TKey, ValueAndTimestamp<TValue>>> entries) =>
        entries.Select(e => KeyValuePair.Create(e.Key, e.Value.Value));
}
