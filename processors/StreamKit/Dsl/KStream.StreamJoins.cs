using StreamKit.Dsl.Windowing;
using StreamKit.Serialization;

namespace StreamKit.Dsl;

/// <summary>Windowed stream-stream joins configured by a <see cref="StreamJoined{TKey, TValue, TOther}"/>.</summary>
internal sealed partial class KStream<TKey, TValue>
{
    public IKStream<TKey, TValueOut> Join<TOther, TValueOut>(IKStream<TKey, TOther> other, Func<TValue, TOther, TValueOut> joiner, JoinWindows windows, StreamJoined<TKey, TValue, TOther> streamJoined, ISerde<TValueOut> valueSerde) =>
        StreamJoinBuilder.Build(this, other, (l, r) => joiner(l.Value, r.Value), windows, streamJoined, valueSerde, StreamJoinKind.Inner);

    public IKStream<TKey, TValueOut> LeftJoin<TOther, TValueOut>(IKStream<TKey, TOther> other, Func<TValue, Optional<TOther>, TValueOut> joiner, JoinWindows windows, StreamJoined<TKey, TValue, TOther> streamJoined, ISerde<TValueOut> valueSerde) =>
        StreamJoinBuilder.Build(this, other, (l, r) => joiner(l.Value, r), windows, streamJoined, valueSerde, StreamJoinKind.Left);

    public IKStream<TKey, TValueOut> OuterJoin<TOther, TValueOut>(IKStream<TKey, TOther> other, Func<Optional<TValue>, Optional<TOther>, TValueOut> joiner, JoinWindows windows, StreamJoined<TKey, TValue, TOther> streamJoined, ISerde<TValueOut> valueSerde) =>
        StreamJoinBuilder.Build(this, other, joiner, windows, streamJoined, valueSerde, StreamJoinKind.Outer);
}
