namespace StreamKit.State;

/// <summary>
/// What every store builder shares: the store's name, and logging and caching settings that can each
/// be given once (logging on and caching off unless set). Subclasses add the store's own layers.
/// </summary>
/// <typeparam name="TSelf">The concrete builder, returned by the fluent settings.</typeparam>
/// <typeparam name="TStore">The store it builds.</typeparam>
public abstract class StoreBuilder<TSelf, TStore> : IStateStoreBuilder
    where TSelf : StoreBuilder<TSelf, TStore>
    where TStore : IStateStore
{
    /// <summary>Creates the builder for the store named <paramref name="name"/>.</summary>
    protected StoreBuilder(string name)
    {
        Name = name;
        Layers = new StoreLayers(name);
    }

    /// <summary>The store name.</summary>
    public string Name { get; }

    /// <summary>True when writes go to a changelog (the runtime then creates the changelog topic).</summary>
    public bool LoggingEnabled => Layers.LoggingEnabled;

    /// <summary>True when writes are cached until the next flush.</summary>
    public bool CachingEnabled => Layers.CachingEnabled;

    private protected StoreLayers Layers { get; }

    /// <summary>Sends writes to the changelog. Throws when logging was already set.</summary>
    public TSelf WithLoggingEnabled() => Set(() => Layers.SetLogging(true));

    /// <summary>Keeps writes local only; restore is then impossible for in-memory stores. Throws when logging was already set.</summary>
    public TSelf WithLoggingDisabled() => Set(() => Layers.SetLogging(false));

    /// <summary>Caches writes until the next flush, logging once per key. Throws when caching was already set.</summary>
    public TSelf WithCachingEnabled() => Set(() => Layers.SetCaching(true));

    /// <summary>Writes through on every put. Throws when caching was already set.</summary>
    public TSelf WithCachingDisabled() => Set(() => Layers.SetCaching(false));

    /// <summary>Creates the store for the task in <paramref name="context"/>.</summary>
    /// <param name="context">The owning task's directory, id and changelog sink.</param>
    public abstract TStore Build(StoreContext context);

    /// <inheritdoc />
    IStateStore IStateStoreBuilder.Build(StoreContext context) => Build(context);

    private TSelf Set(Action set)
    {
        set();
        return (TSelf)this;
    }
}
