using System.Diagnostics.CodeAnalysis;
using StreamKit.Serialization;

namespace StreamKit.State;

/// <summary>
/// A typed store of values with timestamps; the value bytes are an 8-byte big-endian timestamp
/// followed by the value serde's bytes, as in Kafka Streams' timestamped stores.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class TimestampedKeyValueStore<TKey, TValue> : ITimestampedKeyValueStore<TKey, TValue>, IRestorableStore
{
    private readonly KeyValueStore<TKey, ValueAndTimestamp<TValue>> _store;

    /// <summary>Wraps <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The bytes store; disposed with this one.</param>
    /// <param name="keySerde">Key serde.</param>
    /// <param name="valueSerde">Serde of the plain value (without timestamp).</param>
    /// <param name="serdeTopic">The topic name the serdes see (the store's changelog topic).</param>
    public TimestampedKeyValueStore(IKeyValueBytesStore bytes, ISerde<TKey> keySerde, ISerde<TValue> valueSerde, string serdeTopic)
    {
        ArgumentNullException.ThrowIfNull(valueSerde);
        _store = new(bytes, keySerde, new ValueAndTimestampSerde<TValue>(valueSerde), serdeTopic);
    }

    /// <inheritdoc/>
    public string Name => _store.Name;

    /// <inheritdoc/>
    public bool Persistent => _store.Persistent;

    /// <inheritdoc/>
    public long ApproximateCount => _store.ApproximateCount;

    /// <inheritdoc/>
    public IKeyValueBytesStore RestoreTarget => _store.RestoreTarget;

    /// <inheritdoc/>
    public ValueAndTimestamp<TValue> Get(TKey key) => _store.Get(key);

    /// <inheritdoc/>
    public bool TryGet(TKey key, [MaybeNullWhen(false)] out ValueAndTimestamp<TValue> value) => _store.TryGet(key, out value);

    /// <inheritdoc/>
    public void Put(TKey key, ValueAndTimestamp<TValue> value) => _store.Put(key, value);

    /// <inheritdoc/>
    public void Put(TKey key, TValue value, long timestamp) => _store.Put(key, new(value, timestamp));

    /// <inheritdoc/>
    public bool PutIfAbsent(TKey key, ValueAndTimestamp<TValue> value) => _store.PutIfAbsent(key, value);

    /// <inheritdoc/>
    public void Delete(TKey key) => _store.Delete(key);

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<TKey, ValueAndTimestamp<TValue>>> Range(TKey from, TKey toInclusive) => _store.Range(from, toInclusive);

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<TKey, ValueAndTimestamp<TValue>>> PrefixScan(TKey prefix) => _store.PrefixScan(prefix);

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<TKey, ValueAndTimestamp<TValue>>> PrefixScan<TPrefix>(TPrefix prefix, ISerde<TPrefix> prefixSerde) =>
        _store.PrefixScan(prefix, prefixSerde);

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<TKey, ValueAndTimestamp<TValue>>> All() => _store.All();

    /// <inheritdoc/>
    public void Flush() => _store.Flush();

    /// <inheritdoc/>
    public void Dispose() => _store.Dispose();
}
