using System.Diagnostics.CodeAnalysis;
using StreamKit.Serialization;

namespace StreamKit.State;

/// <summary>A typed key-value store: serializes keys and values with serdes over a bytes store.</summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class KeyValueStore<TKey, TValue> : IKeyValueStore<TKey, TValue>, IRestorableStore
{
    private readonly IKeyValueBytesStore _bytes;
    private readonly ISerde<TKey> _keySerde;
    private readonly ISerde<TValue> _valueSerde;
    private readonly SerdeContext _keyContext;
    private readonly SerdeContext _valueContext;

    /// <summary>Wraps <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The bytes store; disposed with this one.</param>
    /// <param name="keySerde">Key serde.</param>
    /// <param name="valueSerde">Value serde.</param>
    /// <param name="serdeTopic">The topic name the serdes see (the store's changelog topic).</param>
    public KeyValueStore(IKeyValueBytesStore bytes, ISerde<TKey> keySerde, ISerde<TValue> valueSerde, string serdeTopic)
    {
        _bytes = bytes ?? throw new ArgumentNullException(nameof(bytes));
        _keySerde = keySerde ?? throw new ArgumentNullException(nameof(keySerde));
        _valueSerde = valueSerde ?? throw new ArgumentNullException(nameof(valueSerde));
        _keyContext = SerdeContext.Key(serdeTopic);
        _valueContext = SerdeContext.Value(serdeTopic);
    }

    /// <inheritdoc/>
    public string Name => _bytes.Name;

    /// <inheritdoc/>
    public bool Persistent => _bytes.Persistent;

    /// <inheritdoc/>
    public long ApproximateCount => _bytes.ApproximateCount;

    /// <inheritdoc/>
    public IKeyValueBytesStore RestoreTarget => _bytes is IRestorableStore layered ? layered.RestoreTarget : _bytes;

    /// <inheritdoc/>
    public TValue? Get(TKey key) => TryGet(key, out var value) ? value : default;

    /// <inheritdoc/>
    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        var bytes = _bytes.Get(KeyBytes(key));
        value = bytes is null ? default : _valueSerde.Deserialize(bytes, _valueContext);
        return bytes is not null;
    }

    /// <inheritdoc/>
    public void Put(TKey key, TValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _bytes.Put(KeyBytes(key), _valueSerde.Serialize(value, _valueContext));
    }

    /// <inheritdoc/>
    public bool PutIfAbsent(TKey key, TValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var keyBytes = KeyBytes(key);
        if (_bytes.Get(keyBytes) is not null)
        {
            return false;
        }

        _bytes.Put(keyBytes, _valueSerde.Serialize(value, _valueContext));
        return true;
    }

    /// <inheritdoc/>
    public void Delete(TKey key) => _bytes.Delete(KeyBytes(key));

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<TKey, TValue>> Range(TKey from, TKey toInclusive) =>
        Typed(_bytes.Range(KeyBytes(from), KeyBytes(toInclusive)));

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<TKey, TValue>> PrefixScan(TKey prefix) => Typed(_bytes.PrefixScan(KeyBytes(prefix)));

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<TKey, TValue>> PrefixScan<TPrefix>(TPrefix prefix, ISerde<TPrefix> prefixSerde)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(prefixSerde);
        return Typed(_bytes.PrefixScan(prefixSerde.Serialize(prefix, _keyContext)));
    }

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<TKey, TValue>> All() => Typed(_bytes.All());

    /// <inheritdoc/>
    public void Flush() => _bytes.Flush();

    /// <inheritdoc/>
    public void Dispose() => _bytes.Dispose();

    private byte[] KeyBytes(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _keySerde.Serialize(key, _keyContext);
    }

    private IEnumerable<KeyValuePair<TKey, TValue>> Typed(IEnumerable<KeyValuePair<byte[], byte[]>> entries) =>
        entries.Select(e => KeyValuePair.Create(_keySerde.Deserialize(e.Key, _keyContext), _valueSerde.Deserialize(e.Value, _valueContext)));
}
