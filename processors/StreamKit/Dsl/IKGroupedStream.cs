namespace StreamKit.Dsl;

/// <summary>A stream grouped by key, ready to aggregate.</summary>
/// <typeparam name="TKey">Key type.</typeparam>
/// <typeparam name="TValue">Value type.</typeparam>
public interface IKGroupedStream<TKey, TValue>
{
    /// <summary>Folds every record of a key into an aggregate, starting from <paramref name="initializer"/>.</summary>
    IKTable<TKey, TAggregate> Aggregate<TAggregate>(Func<TAggregate> initializer, Func<TKey, TValue, TAggregate, TAggregate> aggregator, Materialized<TKey, TAggregate> materialized);

    /// <summary>Combines the records of a key; the first one is the start.</summary>
    IKTable<TKey, TValue> Reduce(Func<TValue, TValue, TValue> reducer, Materialized<TKey, TValue> materialized);

    /// <summary>Counts the records of each key.</summary>
    IKTable<TKey, long> Count(Materialized<TKey, long> materialized);

    /// <summary>Cuts the grouped stream into fixed-size event-time windows.</summary>
    Windowing.ITimeWindowedKStream<TKey, TValue> WindowedBy(Windowing.TimeWindows windows);

    /// <summary>Aggregates each record with the key's records of the preceding time difference.</summary>
    Windowing.ITimeWindowedKStream<TKey, TValue> WindowedBy(Windowing.SlidingWindows windows);

    /// <summary>Cuts the grouped stream into activity sessions per key.</summary>
    Windowing.ISessionWindowedKStream<TKey, TValue> WindowedBy(Windowing.SessionWindows windows);
}
