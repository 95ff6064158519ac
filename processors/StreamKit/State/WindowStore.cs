using System.Diagnostics.CodeAnalysis;
using StreamKit.Serialization;

namespace StreamKit.State;

/// <summary>A typed window store: serializes keys and values with serdes over a window bytes store.</summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class WindowStore<TKey, TValue> : IWindowStore<TKey, TValue>, IRestorableStore
{
    private readonly IWindowBytesStore _bytes;
    private readonly ISerde<TKey> _keySerde;
    private readonly ISerde<TValue> _valueSerde;
    private readonly SerdeContext _keyContext;
    private readonly SerdeContext _valueContext;

    /// <summary>Wraps <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The window bytes store; disposed with this one.</param>
    /// <param name="keySerde">Key serde.</param>
    /// <param name="valueSerde">Value serde.</param>
    /// <param name="serdeTopic">The topic name the serdes see (the store's changelog topic).</param>
    public WindowStore(IWindowBytesStore bytes, ISerde<TKey> keySerde, ISerde<TValue> valueSerde, string serdeTopic)
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
    public long WindowSizeMs => _bytes.WindowSizeMs;

    /// <inheritdoc/>
    public long RetentionMs => _bytes.RetentionMs;

    /// <inheritdoc/>
    public bool RetainDuplicates => _bytes.RetainDuplicates;

    /// <inheritdoc/>
    public long ObservedStreamTime => _bytes.ObservedStreamTime;

    /// <inheritdoc/>
    public IKeyValueBytesStore RestoreTarget =>
        _bytes is IRestorableStore layered ? layered.RestoreTarget : throw new InvalidOperationException($"Window store '{Name}' cannot be restored.");

    /// <inheritdoc/>
    public void Put(TKey key, TValue value, long windowStart)
    {
        ArgumentNullException.ThrowIfNull(value);
        _bytes.Put(KeyBytes(key), _valueSerde.Serialize(value, _valueContext), windowStart);
    }

    /// <inheritdoc/>
    public void Delete(TKey key, long windowStart) => _bytes.Put(KeyBytes(key), null, windowStart);

    /// <inheritdoc/>
    public TValue? Fetch(TKey key, long windowStart) => TryFetch(key, windowStart, out var value) ? value : default;

    /// <inheritdoc/>
    public bool TryFetch(TKey key, long windowStart, [MaybeNullWhen(false)] out TValue value)
    {
        var bytes = _bytes.Fetch(KeyBytes(key), windowStart);
        value = bytes is null ? default : _valueSerde.Deserialize(bytes, _valueContext);
        return bytes is not null;
    }

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<long, TValue>> Fetch(TKey key, long timeFrom, long timeTo) =>
        _bytes.Fetch(KeyBytes(key), timeFrom, timeTo).Select(e => KeyValuePair.Create(e.Key, _valueSerde.Deserialize(e.Value, _valueContext)));

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<Windowed<TKey>, TValue>> FetchRange(TKey keyFrom, TKey keyTo, long timeFrom, long timeTo) =>
        Typed(_bytes.FetchRange(KeyBytes(keyFrom), KeyBytes(keyTo), timeFrom, timeTo));

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<Windowed<TKey>, TValue>> FetchAll(long timeFrom, long timeTo) => Typed(_bytes.FetchAll(timeFrom, timeTo));

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<Windowed<TKey>, TValue>> All() => Typed(_bytes.All());

    /// <inheritdoc/>
    public void Flush() => _bytes.Flush();

    /// <inheritdoc/>
    public void Dispose() => _bytes.Dispose();

    private byte[] KeyBytes(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _keySerde.Serialize(key, _keyContext);
    }

    private IEnumerable<KeyValuePair<Windowed<TKey>, TValue>> Typed(IEnumerable<KeyValuePair<Windowed<byte[]>, byte[]>> entries) =>
        entries.Select(e => KeyValuePair.Create(
            new Windowed<TKey>(_keySerde.Deserialize(e.Key.Key, _keyContext), e.Key.Window),
            _valueSerde.Deserialize(e.Value, _valueContext)));
}
