using StreamKit.Graph;
using StreamKit.Serialization;
using StreamKit.State;

namespace StreamKit.Dsl.Windowing;

/// <summary>
/// Builds a windowed stream-stream join: a window store per side that retains duplicates, a processor per
/// side, a logged store of unmatched records for left/outer joins, and the merge of both sides' results.
/// A side whose key changed is repartitioned first; its repartition topic takes the join's partition count
/// so both inputs are co-partitioned.
/// </summary>
internal static class StreamJoinBuilder
{
    public static IKStream<TKey, TResult> Build<TKey, TLeft, TRight, TResult>(
        IKStream<TKey, TLeft> leftStream,
        IKStream<TKey, TRight> rightStream,
        Func<Optional<TLeft>, Optional<TRight>, TResult> join,
        JoinWindows windows,
        StreamJoined<TKey, TLeft, TRight> joined,
        ISerde<TResult> resultSerde,
        StreamJoinKind kind)
    {
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(joined);
        ArgumentNullException.ThrowIfNull(resultSerde);
        var (left, right) = ((KStream<TKey, TLeft>)leftStream, (KStream<TKey, TRight>)rightStream);
        var builder = left.Builder;
        var prefix = joined.Name ?? builder.NewName("KSTREAM-JOIN");
        var stores = joined.StoreName ?? prefix;
        var (leftStore, rightStore) = ($"{stores}-this-store", $"{stores}-other-store");
        var waiting = kind == StreamJoinKind.Inner ? null : $"{stores}-outer-store";
        builder.Topology.AddStateStore(WindowStores.Build(leftStore, windows.RetentionMs, 1, true, joined.StoreType, joined.LoggingEnabled, joined.KeySerde, joined.ValueSerde));
        builder.Topology.AddStateStore(WindowStores.Build(rightStore, windows.RetentionMs, 1, true, joined.StoreType, joined.LoggingEnabled, joined.KeySerde, joined.OtherValueSerde));
        if (waiting is not null)
        {
            var supplier = joined.StoreType == StoreType.RocksDb ? Stores.PersistentKeyValueStore(waiting) : Stores.InMemoryKeyValueStore(waiting);
            var store = Stores.KeyValueStoreBuilder(supplier, Serdes.ByteArray, Serdes.ByteArray);
            builder.Topology.AddStateStore(StoreBuilders.From(joined.LoggingEnabled ? store.WithLoggingEnabled() : store.WithLoggingDisabled()));
        }

        string[] connected = waiting is null ? [leftStore, rightStore] : [leftStore, rightStore, waiting];
        var leftInput = left.Repartitioned($"{prefix}-left", null, joined.KeySerde, joined.ValueSerde, right.RepartitionRequired ? null : leftStore);
        var rightInput = right.Repartitioned($"{prefix}-right", null, joined.KeySerde, joined.OtherValueSerde, rightStore);
        var leftSettings = new StreamJoinSide<TKey, TLeft, TRight, TResult>.Settings(
            leftStore, rightStore, waiting, 0, windows.BeforeMs, windows.AfterMs, windows.GraceMs, kind != StreamJoinKind.Inner, joined.KeySerde, joined.ValueSerde, joined.OtherValueSerde, join);
        var rightSettings = new StreamJoinSide<TKey, TRight, TLeft, TResult>.Settings(
            rightStore, leftStore, waiting, 1, windows.AfterMs, windows.BeforeMs, windows.GraceMs, kind == StreamJoinKind.Outer, joined.KeySerde, joined.OtherValueSerde, joined.ValueSerde, (r, l) => join(l, r));
        var fromLeft = builder.Topology.AddProcessor($"{prefix}-this", () => new StreamJoinSide<TKey, TLeft, TRight, TResult>(leftSettings), leftInput, connected);
        var fromRight = builder.Topology.AddProcessor($"{prefix}-other", () => new StreamJoinSide<TKey, TRight, TLeft, TResult>(rightSettings), rightInput, connected);
        var merged = new ProcessorNode<TKey, TResult, TKey, TResult>($"{prefix}-merge", () => new FuncProcessor<TKey, TResult, TKey, TResult>((r, c) => c.Forward(r)));
        builder.Topology.AddNode(merged);
        fromLeft.AddChild(merged);
        fromRight.AddChild(merged);
        return new KStream<TKey, TResult>(builder, merged, joined.KeySerde, resultSerde, repartitionRequired: false);
    }
}
