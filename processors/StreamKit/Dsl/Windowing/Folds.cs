namespace StreamKit.Dsl.Windowing;

/// <summary>
/// The step functions of windowed aggregations: fold a record into a window's aggregate, which is absent
/// for a new window. An aggregate starts from its initializer; a reduce starts from the first value.
/// </summary>
internal static class Folds
{
    public static Func<TKey, TValue, Optional<TAggregate>, TAggregate> Aggregate<TKey, TValue, TAggregate>(Func<TAggregate> initializer, Func<TKey, TValue, TAggregate, TAggregate> aggregator) =>
        (key, value, aggregate) => aggregator(key, value, aggregate.HasValue ? aggregate.Value : initializer());

    public static Func<TKey, TValue, Optional<TValue>, TValue> Reduce<TKey, TValue>(Func<TValue, TValue, TValue> reducer) =>
        (_, value, aggregate) => aggregate.HasValue ? reducer(aggregate.Value, value) : value;
}
