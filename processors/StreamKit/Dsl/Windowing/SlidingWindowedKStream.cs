using StreamKit.Graph;
using StreamKit.Serialization;
using StreamKit.State;

namespace StreamKit.Dsl.Windowing;

/// <summary>The DSL sliding-windowed stream: a record store (with duplicates) and an aggregate store by window end.</summary>
internal sealed class SlidingWindowedKStream<TKey, TValue>(StreamsBuilder builder, OutputNode<TKey, TValue> node, SlidingWindows windows, ISerde<TValue> valueSerde)
    : ITimeWindowedKStream<TKey, TValue>
{
    public IKTable<Windowed<TKey>, TAggregate> Aggregate<TAggregate>(Func<TAggregate> initializer, Func<TKey, TValue, TAggregate, TAggregate> aggregator, Materialized<TKey, TAggregate> materialized) =>
        Fold(Folds.Aggregate(initializer, aggregator), materialized);

    public IKTable<Windowed<TKey>, TValue> Reduce(Func<TValue, TValue, TValue> reducer, Materialized<TKey, TValue> materialized) =>
        Fold(Folds.Reduce<TKey, TValue>(reducer), materialized);

    public IKTable<Windowed<TKey>, long> Count(Materialized<TKey, long> materialized) => Aggregate(() => 0L, (_, _, n) => n + 1, materialized);

    private KTable<Windowed<TKey>, TAggregate> Fold<TAggregate>(Func<TKey, TValue, Optional<TAggregate>, TAggregate> fold, Materialized<TKey, TAggregate> materialized)
    {
        var store = materialized.StoreName ?? builder.NewName("KSTREAM-SLIDING-AGGREGATE-STATE-STORE");
        var records = $"{store}-records";
        builder.Topology.AddStateStore(WindowStores.Build(records, windows.RetentionMs, 1, true, materialized.StoreType, materialized.LoggingEnabled, materialized.KeySerde, valueSerde));
        builder.Topology.AddStateStore(WindowStores.Build(store, windows.RetentionMs, 1, false, materialized.StoreType, materialized.LoggingEnabled, materialized.KeySerde, materialized.ValueSerde));
        var aggregate = builder.Topology.AddProcessor(builder.NewName("KSTREAM-SLIDING-AGGREGATE"), () => new SlidingAggregateProcessor<TKey, TValue, TAggregate>(records, store, windows, fold), node, records, store);
        return new KTable<Windowed<TKey>, TAggregate>(builder, aggregate, store, new WindowedSerde<TKey>(materialized.KeySerde), materialized.ValueSerde) { WindowGraceMs = windows.GraceMs };
    }
}
