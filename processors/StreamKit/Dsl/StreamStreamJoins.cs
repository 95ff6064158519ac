using StreamKit.Dsl.Windowing;
using StreamKit.Serialization;

namespace StreamKit.Dsl;

/// <summary>
/// Windowed joins of two streams on the key, with the streams' own serdes (both are repartitioned first if
/// their keys changed). <see cref="IKStream{TKey, TValue}"/> has the same joins with a <see cref="StreamJoined{TKey, TValue, TOther}"/>.
/// </summary>
public static class StreamStreamJoins
{
    /// <summary>Joins every pair of records with the same key within the window.</summary>
    public static IKStream<TKey, TResult> Join<TKey, TLeft, TRight, TResult>(this IKStream<TKey, TLeft> left, IKStream<TKey, TRight> right, Func<TLeft, TRight, TResult> joiner, JoinWindows windows, ISerde<TResult> resultSerde, string? name = null) =>
        StreamJoinBuilder.Build(left, right, (l, r) => joiner(l.Value, r.Value), windows, Joined(left, right, name), resultSerde, StreamJoinKind.Inner);

    /// <summary>Also emits each left record that found no partner, once its window closed.</summary>
    public static IKStream<TKey, TResult> LeftJoin<TKey, TLeft, TRight, TResult>(this IKStream<TKey, TLeft> left, IKStream<TKey, TRight> right, Func<TLeft, Optional<TRight>, TResult> joiner, JoinWindows windows, ISerde<TResult> resultSerde, string? name = null) =>
        StreamJoinBuilder.Build(left, right, (l, r) => joiner(l.Value, r), windows, Joined(left, right, name), resultSerde, StreamJoinKind.Left);

    /// <summary>Also emits each record of either side that found no partner, once its window closed.</summary>
    public static IKStream<TKey, TResult> OuterJoin<TKey, TLeft, TRight, TResult>(this IKStream<TKey, TLeft> left, IKStream<TKey, TRight> right, Func<Optional<TLeft>, Optional<TRight>, TResult> joiner, JoinWindows windows, ISerde<TResult> resultSerde, string? name = null) =>
        StreamJoinBuilder.Build(left, right, joiner, windows, Joined(left, right, name), resultSerde, StreamJoinKind.Outer);

    private static StreamJoined<TKey, TLeft, TRight> Joined<TKey, TLeft, TRight>(IKStream<TKey, TLeft> left, IKStream<TKey, TRight> right, string? name)
    {
        var (l, r) = ((KStream<TKey, TLeft>)left, (KStream<TKey, TRight>)right);
        var joined = StreamJoined<TKey, TLeft, TRight>.With(l.KeySerde, l.ValueSerde, r.ValueSerde);
        return name is null ? joined : joined.WithName(name);
    }
}
