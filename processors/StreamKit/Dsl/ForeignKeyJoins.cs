namespace StreamKit.Dsl;

/// <summary>Table-table joins on a foreign key: each left row joins the right row its value names.</summary>
public static class ForeignKeyJoins
{
    /// <summary>
    /// Inner join of each left row with the right row whose key <paramref name="foreignKey"/> extracts
    /// from the left value (a null foreign key matches nothing). The tables need not be co-partitioned.
    /// </summary>
    public static IKTable<TKey, TResult> JoinOnForeignKey<TKey, TValue, TForeignKey, TRight, TResult>(
        this IKTable<TKey, TValue> left,
        IKTable<TForeignKey, TRight> right,
        Func<TValue, TForeignKey> foreignKey,
        Func<TValue, TRight, TResult> joiner,
        Materialized<TKey, TResult> materialized,
        string? name = null)
    {
        var l = (KTable<TKey, TValue>)left;
        return l.ForeignKeyJoin((KTable<TForeignKey, TRight>)right, foreignKey, (v, r) => r.HasValue ? Optional<TResult>.Some(joiner(v, r.Value)) : Optional<TResult>.None, materialized, name ?? l.NewJoinName());
    }

    /// <summary>Left join on a foreign key: a left row without a right row joins with an absent value.</summary>
    public static IKTable<TKey, TResult> LeftJoinOnForeignKey<TKey, TValue, TForeignKey, TRight, TResult>(
        this IKTable<TKey, TValue> left,
        IKTable<TForeignKey, TRight> right,
        Func<TValue, TForeignKey> foreignKey,
        Func<TValue, Optional<TRight>, TResult> joiner,
        Materialized<TKey, TResult> materialized,
        string? name = null)
    {
        var l = (KTable<TKey, TValue>)left;
        return l.ForeignKeyJoin((KTable<TForeignKey, TRight>)right, foreignKey, (v, r) => Optional<TResult>.Some(joiner(v, r)), materialized, name ?? l.NewJoinName());
    }
}
