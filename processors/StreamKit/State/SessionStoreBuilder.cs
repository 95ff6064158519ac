using StreamKit.Serialization;

namespace StreamKit.State;

/// <summary>
/// Builds typed session stores: the supplier's segmented bytes store, then optional caching and change
/// logging (the changelog key is the full session key bytes), then the session layout and the serdes.
/// Logging is on and caching off unless set; each setting can be given once.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TAggregate">The aggregate type.</typeparam>
public sealed class SessionStoreBuilder<TKey, TAggregate>
{
    private readonly ISessionBytesStoreSupplier _supplier;
    private readonly ISerde<TKey> _keySerde;
    private readonly ISerde<TAggregate> _aggregateSerde;
    private readonly StoreLayers _layers;

    /// <summary>Creates the builder.</summary>
    /// <param name="supplier">Creates the segmented bytes store.</param>
    /// <param name="keySerde">Key serde.</param>
    /// <param name="aggregateSerde">Aggregate serde.</param>
    public SessionStoreBuilder(ISessionBytesStoreSupplier supplier, ISerde<TKey> keySerde, ISerde<TAggregate> aggregateSerde)
    {
        _supplier = supplier ?? throw new ArgumentNullException(nameof(supplier));
        _keySerde = keySerde ?? throw new ArgumentNullException(nameof(keySerde));
        _aggregateSerde = aggregateSerde ?? throw new ArgumentNullException(nameof(aggregateSerde));
        _layers = new StoreLayers(supplier.Name);
    }

    /// <summary>The store name.</summary>
    public string Name => _supplier.Name;

    /// <summary>True when writes go to a changelog (the runtime then creates the changelog topic).</summary>
    public bool LoggingEnabled => _layers.LoggingEnabled;

    /// <summary>True when writes are cached until the next flush.</summary>
    public bool CachingEnabled => _layers.CachingEnabled;

    /// <summary>Sends writes to the changelog. Throws when logging was already set.</summary>
    public SessionStoreBuilder<TKey, TAggregate> WithLoggingEnabled() => Set(() => _layers.SetLogging(true));

    /// <summary>Keeps writes local only; restore is then impossible for in-memory stores. Throws when logging was already set.</summary>
    public SessionStoreBuilder<TKey, TAggregate> WithLoggingDisabled() => Set(() => _layers.SetLogging(false));

    /// <summary>Caches writes until the next flush, logging once per session key. Throws when caching was already set.</summary>
    public SessionStoreBuilder<TKey, TAggregate> WithCachingEnabled() => Set(() => _layers.SetCaching(true));

    /// <summary>Writes through on every put. Throws when caching was already set.</summary>
    public SessionStoreBuilder<TKey, TAggregate> WithCachingDisabled() => Set(() => _layers.SetCaching(false));

    /// <summary>Creates the store for the task in <paramref name="context"/>.</summary>
    /// <param name="context">The owning task's directory, id and changelog sink.</param>
    public ISessionStore<TKey, TAggregate> Build(StoreContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var segments = _supplier.Get(context);
        return new SessionStore<TKey, TAggregate>(_layers.Wrap(segments, context), segments, _keySerde, _aggregateSerde, context.ChangelogTopic(Name));
    }

    private SessionStoreBuilder<TKey, TAggregate> Set(Action set)
    {
        set();
        return this;
    }
}
