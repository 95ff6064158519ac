using StreamKit.Serialization;

namespace StreamKit.State;

/// <summary>
/// Builds typed window stores: the supplier's segmented bytes store, then optional caching and change
/// logging (the changelog key is the full windowed key bytes), then the window layout and the serdes.
/// Logging is on and caching off unless set; each setting can be given once.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class WindowStoreBuilder<TKey, TValue>
{
    private readonly IWindowBytesStoreSupplier _supplier;
    private readonly ISerde<TKey> _keySerde;
    private readonly ISerde<TValue> _valueSerde;
    private readonly StoreLayers _layers;

    /// <summary>Creates the builder.</summary>
    /// <param name="supplier">Creates the segmented bytes store.</param>
    /// <param name="keySerde">Key serde.</param>
    /// <param name="valueSerde">Value serde.</param>
    public WindowStoreBuilder(IWindowBytesStoreSupplier supplier, ISerde<TKey> keySerde, ISerde<TValue> valueSerde)
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
    public WindowStoreBuilder<TKey, TValue> WithLoggingEnabled() => Set(() => _layers.SetLogging(true));

    /// <summary>Keeps writes local only; restore is then impossible for in-memory stores. Throws when logging was already set.</summary>
    public WindowStoreBuilder<TKey, TValue> WithLoggingDisabled() => Set(() => _layers.SetLogging(false));

    /// <summary>Caches writes until the next flush, logging once per windowed key. Throws when caching was already set.</summary>
    public WindowStoreBuilder<TKey, TValue> WithCachingEnabled() => Set(() => _layers.SetCaching(true));

    /// <summary>Writes through on every put. Throws when caching was already set.</summary>
    public WindowStoreBuilder<TKey, TValue> WithCachingDisabled() => Set(() => _layers.SetCaching(false));

    /// <summary>Creates the store for the task in <paramref name="context"/>.</summary>
    /// <param name="context">The owning task's directory, id and changelog sink.</param>
    public IWindowStore<TKey, TValue> Build(StoreContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var segments = _supplier.Get(context);
        var bytes = new WindowBytesStore(_layers.Wrap(segments, context), segments, _supplier.WindowSizeMs, _supplier.RetainDuplicates);
        return new WindowStore<TKey, TValue>(bytes, _keySerde, _valueSerde, context.ChangelogTopic(Name));
    }

    private WindowStoreBuilder<TKey, TValue> Set(Action set)
    {
        set();
        return this;
    }
}
