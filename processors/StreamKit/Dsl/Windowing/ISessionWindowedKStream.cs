using StreamKit.State;

namespace StreamKit.Dsl.Windowing;

/// <summary>A grouped stream cut into activity sessions per key.</summary>
/// <typeparam name="TKey">Key type.</typeparam>
/// <typeparam name="TValue">Value type.</typeparam>
public interface ISessionWindowedKStream<TKey, TValue>
{
    /// <summary>Folds each session's records; <paramref name="merger"/> combines two sessions a record bridges.</summary>
    IKTable<Windowed<TKey>, TAggregate> Aggregate<TAggregate>(Func<TAggregate> initializer, Func<TKey, TValue, TAggregate, TAggregate> aggregator, Func<TKey, TAggregate, TAggregate, TAggregate> merger, Materialized<TKey, TAggregate> materialized);

    /// <summary>Combines each session's records; the reducer also merges two sessions a record bridges.</summary>
    IKTable<Windowed<TKey>, TValue> Reduce(Func<TValue, TValue, TValue> reducer, Materialized<TKey, TValue> materialized);

    /// <summary>Counts each session's records.</summary>
    IKTable<Windowed<TKey>, long> Count(Materialized<TKey, long> materialized);
}
