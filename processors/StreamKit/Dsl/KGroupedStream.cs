using StreamKit.Graph;
using StreamKit.Serialization;

namespace StreamKit.Dsl;

/// <summary>The DSL grouped stream.</summary>
internal sealed class KGroupedStream<TKey, TValue>(StreamsBuilder builder, OutputNode<TKey, TValue> node, ISerde<TValue> valueSerde)
    : IKGroupedStream<TKey, TValue>
{
    public IKTable<TKey, TAggregate> Aggregate<TAggregate>(Func<TAggregate> initializer, Func<TKey, TValue, TAggregate, TAggregate> aggregator, Materialized<TKey, TAggregate> materialized) =>
        Fold(materialized, (k, v, agg) => Optional<TAggregate>.Some(aggregator(k, v, agg.HasValue ? agg.Value : initializer())));

    public IKTable<TKey, TValue> Reduce(Func<TValue, TValue, TValue> reducer, Materialized<TKey, TValue> materialized) =>
        Fold(materialized, (_, v, agg) => Optional<TValue>.Some(agg.HasValue ? reducer(agg.Value, v) : v));

    public IKTable<TKey, long> Count(Materialized<TKey, long> materialized) => Aggregate(() => 0L, (_, _, n) => n + 1, materialized);

    public Windowing.ITimeWindowedKStream<TKey, TValue> WindowedBy(Windowing.TimeWindows windows) => new Windowing.TimeWindowedKStream<TKey, TValue>(builder, node, windows);

    public Windowing.ITimeWindowedKStream<TKey, TValue> WindowedBy(Windowing.SlidingWindows windows) => new Windowing.SlidingWindowedKStream<TKey, TValue>(builder, node, windows, valueSerde);

    public Windowing.ISessionWindowedKStream<TKey, TValue> WindowedBy(Windowing.SessionWindows windows) => new Windowing.SessionWindowedKStream<TKey, TValue>(builder, node, windows);

    private KTable<TKey, TAggregate> Fold<TAggregate>(Materialized<TKey, TAggregate> materialized, Func<TKey, TValue, Optional<TAggregate>, Optional<TAggregate>> fold)
    {
        var store = materialized.StoreName ?? builder.NewName("KSTREAM-AGGREGATE-STATE-STORE");
        var named = materialized with { StoreName = store };
        builder.Topology.AddStateStore(DslStores.Timestamped(store, named));
        var aggregate = builder.Topology.AddProcessor(builder.NewName("KSTREAM-AGGREGATE"), () => new AggregateProcessor<TKey, TValue, TAggregate>(store, fold), node, store);
        return KTable<TKey, TAggregate>.Materialize(builder, aggregate, named, reuseStore: true);
    }
}
