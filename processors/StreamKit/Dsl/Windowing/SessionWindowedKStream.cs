using StreamKit.Graph;
using StreamKit.State;

namespace StreamKit.Dsl.Windowing;

/// <summary>The DSL session-windowed stream: sessions live in a session store that keeps gap + grace.</summary>
internal sealed class SessionWindowedKStream<TKey, TValue>(StreamsBuilder builder, OutputNode<TKey, TValue> node, SessionWindows windows)
    : ISessionWindowedKStream<TKey, TValue>
{
    public IKTable<Windowed<TKey>, TAggregate> Aggregate<TAggregate>(Func<TAggregate> initializer, Func<TKey, TValue, TAggregate, TAggregate> aggregator, Func<TKey, TAggregate, TAggregate, TAggregate> merger, Materialized<TKey, TAggregate> materialized) =>
        Fold(() => Optional<TAggregate>.Some(initializer()), Folds.Aggregate(initializer, aggregator), merger, materialized);

    public IKTable<Windowed<TKey>, TValue> Reduce(Func<TValue, TValue, TValue> reducer, Materialized<TKey, TValue> materialized) =>
        Fold(() => Optional<TValue>.None, Folds.Reduce<TKey, TValue>(reducer), (_, a, b) => reducer(a, b), materialized);

    public IKTable<Windowed<TKey>, long> Count(Materialized<TKey, long> materialized) =>
        Aggregate(() => 0L, (_, _, n) => n + 1, (_, a, b) => a + b, materialized);

    private KTable<Windowed<TKey>, TAggregate> Fold<TAggregate>(Func<Optional<TAggregate>> initial, Func<TKey, TValue, Optional<TAggregate>, TAggregate> fold, Func<TKey, TAggregate, TAggregate, TAggregate> merger, Materialized<TKey, TAggregate> materialized)
    {
        var store = materialized.StoreName ?? builder.NewName("KSTREAM-SESSION-AGGREGATE-STATE-STORE");
        var retention = TimeSpan.FromMilliseconds(windows.RetentionMs);
        var supplier = materialized.StoreType == StoreType.RocksDb ? Stores.PersistentSessionStore(store, retention) : Stores.InMemorySessionStore(store, retention);
        var sessions = Stores.SessionStoreBuilder(supplier, materialized.KeySerde, materialized.ValueSerde);
        builder.Topology.AddStateStore(StoreBuilders.From(materialized.LoggingEnabled ? sessions.WithLoggingEnabled() : sessions.WithLoggingDisabled()));
        var aggregate = builder.Topology.AddProcessor(builder.NewName("KSTREAM-SESSION-AGGREGATE"), () => new SessionAggregateProcessor<TKey, TValue, TAggregate>(store, windows, initial, fold, merger), node, store);
        return new KTable<Windowed<TKey>, TAggregate>(builder, aggregate, store, new WindowedSerde<TKey>(materialized.KeySerde), materialized.ValueSerde) { WindowGraceMs = windows.GapMs + windows.GraceMs };
    }
}
