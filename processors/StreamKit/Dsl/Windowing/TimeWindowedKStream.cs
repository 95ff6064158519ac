using StreamKit.Graph;
using StreamKit.State;

namespace StreamKit.Dsl.Windowing;

/// <summary>The DSL time-windowed stream: aggregates go to a window store that keeps size + grace.</summary>
internal sealed class TimeWindowedKStream<TKey, TValue>(StreamsBuilder builder, OutputNode<TKey, TValue> node, TimeWindows windows)
    : ITimeWindowedKStream<TKey, TValue>
{
    public IKTable<Windowed<TKey>, TAggregate> Aggregate<TAggregate>(Func<TAggregate> initializer, Func<TKey, TValue, TAggregate, TAggregate> aggregator, Materialized<TKey, TAggregate> materialized) =>
        Fold(Folds.Aggregate(initializer, aggregator), materialized);

    public IKTable<Windowed<TKey>, TValue> Reduce(Func<TValue, TValue, TValue> reducer, Materialized<TKey, TValue> materialized) =>
        Fold(Folds.Reduce<TKey, TValue>(reducer), materialized);

    public IKTable<Windowed<TKey>, long> Count(Materialized<TKey, long> materialized) => Aggregate(() => 0L, (_, _, n) => n + 1, materialized);

    private KTable<Windowed<TKey>, TAggregate> Fold<TAggregate>(Func<TKey, TValue, Optional<TAggregate>, TAggregate> fold, Materialized<TKey, TAggregate> materialized)
    {
        var store = materialized.StoreName ?? builder.NewName("KSTREAM-WINDOWED-AGGREGATE-STATE-STORE");
        builder.Topology.AddStateStore(WindowStores.Build(store, windows.RetentionMs, windows.SizeMs, false, materialized.StoreType, materialized.LoggingEnabled, materialized.KeySerde, materialized.ValueSerde));
        var aggregate = builder.Topology.AddProcessor(builder.NewName("KSTREAM-WINDOWED-AGGREGATE"), () => new WindowedAggregateProcessor<TKey, TValue, TAggregate>(store, windows, fold), node, store);
        return new KTable<Windowed<TKey>, TAggregate>(builder, aggregate, store, new WindowedSerde<TKey>(materialized.KeySerde), materialized.ValueSerde) { WindowGraceMs = windows.GraceMs };
    }
}
