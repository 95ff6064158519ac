using StreamKit.Dsl.Windowing;
using StreamKit.Graph;
using StreamKit.Serialization;
using StreamKit.State;

namespace StreamKit.Dsl;

/// <summary>Windowed joins of two streams on the key (both are repartitioned first if their keys changed).</summary>
public static class StreamStreamJoins
{
    /// <summary>Joins every pair of records with the same key within the window.</summary>
    public static IKStream<TKey, TResult> Join<TKey, TLeft, TRight, TResult>(this IKStream<TKey, TLeft> left, IKStream<TKey, TRight> right, Func<TLeft, TRight, TResult> joiner, JoinWindows windows, ISerde<TResult> resultSerde, string? name = null) =>
        Build(left, right, (l, r) => joiner(l.Value, r.Value), windows, resultSerde, name, JoinKind.Inner);

    /// <summary>Also emits each left record that found no partner, once its window closed.</summary>
    public static IKStream<TKey, TResult> LeftJoin<TKey, TLeft, TRight, TResult>(this IKStream<TKey, TLeft> left, IKStream<TKey, TRight> right, Func<TLeft, Optional<TRight>, TResult> joiner, JoinWindows windows, ISerde<TResult> resultSerde, string? name = null) =>
        Build(left, right, (l, r) => joiner(l.Value, r), windows, resultSerde, name, JoinKind.Left);

    /// <summary>Also emits each record of either side that found no partner, once its window closed.</summary>
    public static IKStream<TKey, TResult> OuterJoin<TKey, TLeft, TRight, TResult>(this IKStream<TKey, TLeft> left, IKStream<TKey, TRight> right, Func<Optional<TLeft>, Optional<TRight>, TResult> joiner, JoinWindows windows, ISerde<TResult> resultSerde, string? name = null) =>
        Build(left, right, joiner, windows, resultSerde, name, JoinKind.Outer);

    private enum JoinKind
    {
        Inner,
        Left,
        Outer,
    }

    private static KStream<TKey, TResult> Build<TKey, TLeft, TRight, TResult>(IKStream<TKey, TLeft> leftStream, IKStream<TKey, TRight> rightStream, Func<Optional<TLeft>, Optional<TRight>, TResult> join, JoinWindows windows, ISerde<TResult> resultSerde, string? name, JoinKind kind)
    {
        var (left, right) = ((KStream<TKey, TLeft>)leftStream, (KStream<TKey, TRight>)rightStream);
        var builder = left.Builder;
        var prefix = name ?? builder.NewName("KSTREAM-JOIN");
        var (leftStore, rightStore, waiting) = ($"{prefix}-this-store", $"{prefix}-other-store", kind == JoinKind.Inner ? null : $"{prefix}-outer-store");
        builder.Topology.AddStateStore(WindowStores.Build(leftStore, windows.RetentionMs, 1, true, null, true, left.KeySerde, left.ValueSerde));
        builder.Topology.AddStateStore(WindowStores.Build(rightStore, windows.RetentionMs, 1, true, null, true, left.KeySerde, right.ValueSerde));
        string[] stores = waiting is null ? [leftStore, rightStore] : [leftStore, rightStore, waiting];
        if (waiting is not null)
        {
            builder.Topology.AddStateStore(StoreBuilders.From(Stores.KeyValueStoreBuilder(Stores.InMemoryKeyValueStore(waiting), Serdes.ByteArray, Serdes.ByteArray)));
        }

        var leftSettings = new StreamJoinSide<TKey, TLeft, TRight, TResult>.Settings(leftStore, rightStore, waiting, 0, 1, windows.BeforeMs, windows.AfterMs, windows.GraceMs, kind != JoinKind.Inner, left.KeySerde, left.ValueSerde, join);
        var rightSettings = new StreamJoinSide<TKey, TRight, TLeft, TResult>.Settings(rightStore, leftStore, waiting, 1, 0, windows.AfterMs, windows.BeforeMs, windows.GraceMs, kind == JoinKind.Outer, left.KeySerde, right.ValueSerde, (r, l) => join(l, r));
        var fromLeft = builder.Topology.AddProcessor($"{prefix}-this", () => new StreamJoinSide<TKey, TLeft, TRight, TResult>(leftSettings), left.Repartitioned(null, null), stores);
        var fromRight = builder.Topology.AddProcessor($"{prefix}-other", () => new StreamJoinSide<TKey, TRight, TLeft, TResult>(rightSettings), right.Repartitioned(null, null), stores);
        var merged = new ProcessorNode<TKey, TResult, TKey, TResult>($"{prefix}-merge", () => new FuncProcessor<TKey, TResult, TKey, TResult>((r, c) => c.Forward(r)));
        builder.Topology.AddNode(merged);
        fromLeft.AddChild(merged);
        fromRight.AddChild(merged);
        return new KStream<TKey, TResult>(builder, merged, left.KeySerde, resultSerde, repartitionRequired: false);
    }
}
