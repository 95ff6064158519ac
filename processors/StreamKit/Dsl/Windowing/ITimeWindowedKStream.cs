using StreamKit.State;

namespace StreamKit.Dsl.Windowing;

/// <summary>A grouped stream cut into time windows, ready to aggregate per key and window.</summary>
/// <typeparam name="TKey">Key type.</typeparam>
/// <typeparam name="TValue">Value type.</typeparam>
public interface ITimeWindowedKStream<TKey, TValue>
{
    /// <summary>Folds each window's records into an aggregate; the result table is keyed by key and window.</summary>
    IKTable<Windowed<TKey>, TAggregate> Aggregate<TAggregate>(Func<TAggregate> initializer, Func<TKey, TValue, TAggregate, TAggregate> aggregator, Materialized<TKey, TAggregate> materialized);

    /// <summary>Combines each window's records; a window's first record is the start.</summary>
    IKTable<Windowed<TKey>, TValue> Reduce(Func<TValue, TValue, TValue> reducer, Materialized<TKey, TValue> materialized);

    /// <summary>Counts each window's records.</summary>
    IKTable<Windowed<TKey>, long> Count(Materialized<TKey, long> materialized);
}
