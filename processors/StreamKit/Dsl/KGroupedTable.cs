using StreamKit.Graph;

namespace StreamKit.Dsl;

/// <summary>The DSL grouped table: changes arrive as subtract-old / add-new pairs.</summary>
internal sealed class KGroupedTable<TKey, TValue>(StreamsBuilder builder, OutputNode<TKey, Change<TValue>> node)
    : IKGroupedTable<TKey, TValue>
{
    public IKTable<TKey, TAggregate> Aggregate<TAggregate>(Func<TAggregate> initializer, Func<TKey, TValue, TAggregate, TAggregate> adder, Func<TKey, TValue, TAggregate, TAggregate> subtractor, Materialized<TKey, TAggregate> materialized)
    {
        var store = materialized.StoreName ?? builder.NewName("KTABLE-AGGREGATE-STATE-STORE");
        var named = materialized with { StoreName = store };
        builder.Topology.AddStateStore(DslStores.Timestamped(store, named));
        var aggregate = builder.Topology.AddProcessor(builder.NewName("KTABLE-AGGREGATE"), () => new AggregateProcessor<TKey, Change<TValue>, TAggregate>(store, (k, change, current) =>
        {
            var agg = current.HasValue ? current.Value : initializer();
            if (change.Old.HasValue)
            {
                agg = subtractor(k, change.Old.Value, agg);
            }

            if (change.New.HasValue)
            {
                agg = adder(k, change.New.Value, agg);
            }

            return Optional<TAggregate>.Some(agg);
        }), node, store);
        return KTable<TKey, TAggregate>.Materialize(builder, aggregate, named, reuseStore: true);
    }

    public IKTable<TKey, TValue> Reduce(Func<TValue, TValue, TValue> adder, Func<TValue, TValue, TValue> subtractor, Materialized<TKey, TValue> materialized) =>
        Aggregate(() => default(TValue)!, (_, v, agg) => agg is null ? v : adder(agg, v), (_, v, agg) => subtractor(agg, v), materialized);

    public IKTable<TKey, long> Count(Materialized<TKey, long> materialized) => Aggregate(() => 0L, (_, _, n) => n + 1, (_, _, n) => n - 1, materialized);
}
