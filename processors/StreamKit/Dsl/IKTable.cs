namespace StreamKit.Dsl;

/// <summary>A changelog stream read as a table: the current value per key, updated in place.</summary>
/// <typeparam name="TKey">Key type.</typeparam>
/// <typeparam name="TValue">Value type.</typeparam>
public interface IKTable<TKey, TValue>
{
    /// <summary>The store holding the table's current values (queryable).</summary>
    string StoreName { get; }

    /// <summary>Keeps the rows that satisfy <paramref name="predicate"/>; a row that stops satisfying it is deleted.</summary>
    IKTable<TKey, TValue> Filter(Func<TKey, TValue, bool> predicate, Materialized<TKey, TValue>? materialized = null);

    /// <summary>Transforms every row's value.</summary>
    IKTable<TKey, TValueOut> MapValues<TValueOut>(Func<TKey, TValue, TValueOut> mapper, Materialized<TKey, TValueOut> materialized);

    /// <summary>The table's updates as a stream; a delete arrives as a record with a default value.</summary>
    IKStream<TKey, TValue> ToStream();

    /// <summary>The table's updates, each with the value it replaced.</summary>
    IKStream<TKey, Change<TValue>> ToChangeStream();

    /// <summary>Re-groups rows under new keys; the aggregate subtracts a row's old contribution when it changes.</summary>
    IKGroupedTable<TKeyOut, TValueOut> GroupBy<TKeyOut, TValueOut>(Func<TKey, TValue, KeyValuePair<TKeyOut, TValueOut>> selector, Grouped<TKeyOut, TValueOut> grouped);

    /// <summary>Inner join with another table on the key.</summary>
    IKTable<TKey, TValueOut> Join<TOther, TValueOut>(IKTable<TKey, TOther> other, Func<TValue, TOther, TValueOut> joiner, Materialized<TKey, TValueOut> materialized);

    /// <summary>Left join with another table on the key.</summary>
    IKTable<TKey, TValueOut> LeftJoin<TOther, TValueOut>(IKTable<TKey, TOther> other, Func<TValue, Optional<TOther>, TValueOut> joiner, Materialized<TKey, TValueOut> materialized);

    /// <summary>Full outer join with another table on the key.</summary>
    IKTable<TKey, TValueOut> OuterJoin<TOther, TValueOut>(IKTable<TKey, TOther> other, Func<Optional<TValue>, Optional<TOther>, TValueOut> joiner, Materialized<TKey, TValueOut> materialized);
}
