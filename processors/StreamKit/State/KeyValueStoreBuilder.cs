using StreamKit.Serialization;

namespace StreamKit.State;

/// <summary>
/// Builds typed key-value stores: the supplier's bytes store, then optional caching and change logging,
/// then the serdes. Logging is on and caching off unless set; each setting can be given once.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class KeyValueStoreBuilder<TKey, TValue>
{
    private readonly IKeyValueBytesStoreSupplier _supplier;
    private readonly ISerde<TKey> _keySerde;
    private readonly ISerde<TValue> _valueSerde;
    private readonly StoreLayers _layers;

    /// <summary>Creates the builder.</summary>
    /// <param name="supplier">Creates the bytes store.</param>
    /// <param name="keySerde">Key serde.</param>
    /// <param name="valueSerde">Value serde.</param>
    public KeyValueStoreBuilder(IKeyValueBytesStoreSupplier supplier, ISerde<TKey> keySerde, ISerde<TValue> valueSerde)
    {
        _supplier = supplier ?? throw new ArgumentNullException(nameof(supplier));
        _keySerde = keySerde ?? throw new ArgumentNullException(nameof(keySerde));
        _valueSerde = valueSerde ?? throw new ArgumentNullException(nameof(valueSerde));
        _layers = new StoreLayers(supplier.Name);
    }

    /// <summary>The store name.</summary>
    public string Name => _supplier.Name;

    /// <summary>True when writes go to a changelog (the runtime then creates the changelog topic).</summary>
    public bool LoggingEnabled => _layers.LoggingEnabled;

    /// <summary>True when writes are cached until the next flush.</summary>
    public bool CachingEnabled => _layers.CachingEnabled;

    /// <summary>Sends writes to the changelog. Throws when logging was already set.</summary>
    public KeyValueStoreBuilder<TKey, TValue> WithLoggingEnabled() => Set(() => _layers.SetLogging(true));

    /// <summary>Keeps writes local only; restore is then impossible for in-memory stores. Throws when logging was already set.</summary>
    public KeyValueStoreBuilder<TKey, TValue> WithLoggingDisabled() => Set(() => _layers.SetLogging(false));

    /// <summary>Caches writes until the next flush, logging once per key. Throws when caching was already set.</summary>
    public KeyValueStoreBuilder<TKey, TValue> WithCachingEnabled() => Set(() => _layers.SetCaching(true));

    /// <summary>Writes through on every put. Throws when caching was already set.</summary>
    public KeyValueStoreBuilder<TKey, TValue> WithCachingDisabled() => Set(() => _layers.SetCaching(false));

    /// <summary>Creates the store for the task in <paramref name="context"/>.</summary>
    /// <param name="context">The owning task's directory, id and changelog sink.</param>
    public IKeyValueStore<TKey, TValue> Build(StoreContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var bytes = _layers.Wrap(_supplier.Get(context), context);
        return new KeyValueStore<TKey, TValue>(bytes, _keySerde, _valueSerde, context.ChangelogTopic(Name));
    }

    private KeyValueStoreBuilder<TKey, TValue> Set(Action set)
    {
        set();
        return this;
    }
}
