using System.Diagnostics.CodeAnalysis;
using StreamKit.Serialization;

namespace StreamKit.State;

/// <summary>
/// A typed session store over a bytes store, with keys laid out as <c>[key][8-byte end][8-byte start]</c>.
/// The bytes store is a <see cref="SegmentedBytesStore"/> segmented by session end, optionally under
/// caching and change-logging layers, which then log the full session key bytes.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TAggregate">The aggregate type.</typeparam>
public sealed class SessionStore<TKey, TAggregate> : ISessionStore<TKey, TAggregate>, IRestorableStore
{
    private readonly IKeyValueBytesStore _store;
    private readonly SegmentedBytesStore _segments;
    private readonly ISerde<TKey> _keySerde;
    private readonly ISerde<TAggregate> _aggregateSerde;
    private readonly SerdeContext _keyContext;
    private readonly SerdeContext _valueContext;
    private long _observedStreamTime = Retention.NoStreamTime;

    /// <summary>Wraps <paramref name="store"/>.</summary>
    /// <param name="store">The bytes store read and written: <paramref name="segments"/> or layers over it; disposed with this one.</param>
    /// <param name="segments">The segmented store at the bottom of <paramref name="store"/>, which sets the retention.</param>
    /// <param name="keySerde">Key serde.</param>
    /// <param name="aggregateSerde">Aggregate serde.</param>
    /// <param name="serdeTopic">The topic name the serdes see (the store's changelog topic).</param>
    public SessionStore(IKeyValueBytesStore store, SegmentedBytesStore segments, ISerde<TKey> keySerde, ISerde<TAggregate> aggregateSerde, string serdeTopic)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _segments = segments ?? throw new ArgumentNullException(nameof(segments));
        _keySerde = keySerde ?? throw new ArgumentNullException(nameof(keySerde));
        _aggregateSerde = aggregateSerde ?? throw new ArgumentNullException(nameof(aggregateSerde));
        _keyContext = SerdeContext.Key(serdeTopic);
        _valueContext = SerdeContext.Value(serdeTopic);
    }

    /// <inheritdoc/>
    public string Name => _store.Name;

    /// <inheritdoc/>
    public bool Persistent => _store.Persistent;

    /// <inheritdoc/>
    public long RetentionMs => _segments.RetentionMs;

    /// <inheritdoc/>
    public long ObservedStreamTime => Math.Max(Volatile.Read(ref _observedStreamTime), _segments.ObservedStreamTime);

    /// <inheritdoc/>
    public IKeyValueBytesStore RestoreTarget => _store is IRestorableStore layered ? layered.RestoreTarget : _store;

    /// <inheritdoc/>
    public void Put(Windowed<TKey> session, TAggregate aggregate)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        var key = StoreKey(session);
        Retention.Advance(ref _observedStreamTime, session.Window.EndMs);
        if (Retention.IsLive(session.Window.EndMs, ObservedStreamTime, RetentionMs))
        {
            _store.Put(key, _aggregateSerde.Serialize(aggregate, _valueContext));
        }
    }

    /// <inheritdoc/>
    public void Remove(Windowed<TKey> session) => _store.Delete(StoreKey(session));

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<Windowed<TKey>, TAggregate>> FindSessions(TKey key, long earliestSessionEndTime, long latestSessionStartTime)
    {
        var keyBytes = KeyBytes(key);
        var earliestEnd = Math.Max(earliestSessionEndTime, Retention.EarliestLive(ObservedStreamTime, RetentionMs));
        if (latestSessionStartTime < 0)
        {
            return [];
        }

        return _store.Range(SessionKeySchema.ToStoreKey(keyBytes, 0, earliestEnd), SessionKeySchema.ToStoreKey(keyBytes, latestSessionStartTime, long.MaxValue))
            .Where(e => e.Key.Length == keyBytes.Length + SessionKeySchema.SuffixLength && SessionKeySchema.Start(e.Key) <= latestSessionStartTime)
            .Select(e => KeyValuePair.Create(new Windowed<TKey>(key, SessionKeySchema.Window(e.Key)), _aggregateSerde.Deserialize(e.Value, _valueContext)));
    }

    /// <inheritdoc/>
    public TAggregate? FetchSession(TKey key, long start, long end) => TryFetchSession(key, start, end, out var aggregate) ? aggregate : default;

    /// <inheritdoc/>
    public bool TryFetchSession(TKey key, long start, long end, [MaybeNullWhen(false)] out TAggregate aggregate)
    {
        var bytes = Retention.IsLive(end, ObservedStreamTime, RetentionMs) ? _store.Get(StoreKey(new(key, new Window(start, end)))) : null;
        aggregate = bytes is null ? default : _aggregateSerde.Deserialize(bytes, _valueContext);
        return bytes is not null;
    }

    /// <inheritdoc/>
    public void Flush() => _store.Flush();

    /// <inheritdoc/>
    public void Dispose() => _store.Dispose();

    private byte[] KeyBytes(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _keySerde.Serialize(key, _keyContext);
    }

    private byte[] StoreKey(Windowed<TKey> session) => SessionKeySchema.ToStoreKey(KeyBytes(session.Key), session.Window.StartMs, session.Window.EndMs);
}
