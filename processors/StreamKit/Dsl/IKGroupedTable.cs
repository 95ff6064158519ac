namespace StreamKit.Dsl;

/// <summary>A re-grouped table, ready to aggregate with an adder and a subtractor.</summary>
/// <typeparam name="TKey">Group key type.</typeparam>
/// <typeparam name="TValue">Row value type.</typeparam>
public interface IKGroupedTable<TKey, TValue>
{
    /// <summary>
    /// Aggregates rows per group: <paramref name="adder"/> adds a row's new value, <paramref name="subtractor"/>
    /// removes its previous value, so a changed or deleted row never counts twice.
    /// </summary>
    IKTable<TKey, TAggregate> Aggregate<TAggregate>(Func<TAggregate> initializer, Func<TKey, TValue, TAggregate, TAggregate> adder, Func<TKey, TValue, TAggregate, TAggregate> subtractor, Materialized<TKey, TAggregate> materialized);

    /// <summary>Combines rows of the same type; <paramref name="subtractor"/> removes a previous value.</summary>
    IKTable<TKey, TValue> Reduce(Func<TValue, TValue, TValue> adder, Func<TValue, TValue, TValue> subtractor, Materialized<TKey, TValue> materialized);

    /// <summary>Counts rows per group.</summary>
    IKTable<TKey, long> Count(Materialized<TKey, long> materialized);
}
