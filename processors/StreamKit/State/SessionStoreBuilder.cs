using StreamKit.Serialization;

namespace StreamKit.State;

/// <summary>
/// Builds typed session stores: the supplier's segmented bytes store, then optional caching and change
/// logging (the changelog key is the full session key bytes), then the session layout and the serdes.
/// Logging is on and caching off unless set; each setting can be given once.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TAggregate">The aggregate type.</typeparam>
public sealed class SessionStoreBuilder<TKey, TAggregate> : StoreBuilder<SessionStoreBuilder<TKey, TAggregate>, ISessionStore<TKey, TAggregate>>
{
    private readonly ISessionBytesStoreSupplier _supplier;
    private readonly ISerde<TKey> _keySerde;
    private readonly ISerde<TAggregate> _aggregateSerde;

    /// <summary>Creates the builder.</summary>
    /// <param name="supplier">Creates the segmented bytes store.</param>
    /// <param name="keySerde">Key serde.</param>
    /// <param name="aggregateSerde">Aggregate serde.</param>
    public SessionStoreBuilder(ISessionBytesStoreSupplier supplier, ISerde<TKey> keySerde, ISerde<TAggregate> aggregateSerde)
        : base((supplier ?? throw new ArgumentNullException(nameof(supplier))).Name)
    {
        _supplier = supplier;
        _keySerde = keySerde ?? throw new ArgumentNullException(nameof(keySerde));
        _aggregateSerde = aggregateSerde ?? throw new ArgumentNullException(nameof(aggregateSerde));
    }

    /// <inheritdoc />
    public override ISessionStore<TKey, TAggregate> Build(StoreContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var segments = _supplier.Get(context);
        return new SessionStore<TKey, TAggregate>(Layers.Wrap(segments, context), segments, _keySerde, _aggregateSerde, context.ChangelogTopic(Name));
    }
}
