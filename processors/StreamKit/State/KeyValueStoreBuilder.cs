using StreamKit.Serialization;

namespace StreamKit.State;

/// <summary>
/// Builds typed key-value stores: the supplier's bytes store, then optional caching and change logging,
/// then the serdes. Logging is on and caching off unless set; each setting can be given once.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class KeyValueStoreBuilder<TKey, TValue> : StoreBuilder<KeyValueStoreBuilder<TKey, TValue>, IKeyValueStore<TKey, TValue>>
{
    private readonly IKeyValueBytesStoreSupplier _supplier;
    private readonly ISerde<TKey> _keySerde;
    private readonly ISerde<TValue> _valueSerde;

    /// <summary>Creates the builder.</summary>
    /// <param name="supplier">Creates the bytes store.</param>
    /// <param name="keySerde">Key serde.</param>
    /// <param name="valueSerde">Value serde.</param>
    public KeyValueStoreBuilder(IKeyValueBytesStoreSupplier supplier, ISerde<TKey> keySerde, ISerde<TValue> valueSerde)
        : base((supplier ?? throw new ArgumentNullException(nameof(supplier))).Name)
    {
        _supplier = supplier;
        _keySerde = keySerde ?? throw new ArgumentNullException(nameof(keySerde));
        _valueSerde = valueSerde ?? throw new ArgumentNullException(nameof(valueSerde));
    }

    /// <inheritdoc />
    public override IKeyValueStore<TKey, TValue> Build(StoreContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new KeyValueStore<TKey, TValue>(Layers.Wrap(_supplier.Get(context), context), _keySerde, _valueSerde, context.ChangelogTopic(Name));
    }
}
