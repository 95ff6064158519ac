using StreamKit.Processing;
using StreamKit.Serialization;

namespace StreamKit.Dsl;

/// <summary>An unbounded stream of records; every record is an independent event.</summary>
/// <typeparam name="TKey">Key type.</typeparam>
/// <typeparam name="TValue">Value type.</typeparam>
public interface IKStream<TKey, TValue>
{
    /// <summary>Keeps the records that satisfy <paramref name="predicate"/>.</summary>
    IKStream<TKey, TValue> Filter(Func<TKey, TValue, bool> predicate, string? name = null);

    /// <summary>Drops the records that satisfy <paramref name="predicate"/>.</summary>
    IKStream<TKey, TValue> FilterNot(Func<TKey, TValue, bool> predicate, string? name = null);

    /// <summary>Replaces key and value; marks the stream for repartitioning before grouping or joining.</summary>
    IKStream<TKeyOut, TValueOut> Map<TKeyOut, TValueOut>(Func<TKey, TValue, KeyValuePair<TKeyOut, TValueOut>> mapper, ISerde<TKeyOut> keySerde, ISerde<TValueOut> valueSerde, string? name = null);

    /// <summary>Replaces the value; the key, and so the partitioning, stays.</summary>
    IKStream<TKey, TValueOut> MapValues<TValueOut>(Func<TKey, TValue, TValueOut> mapper, ISerde<TValueOut> valueSerde, string? name = null);

    /// <summary>Turns each record into zero or more records with new keys.</summary>
    IKStream<TKeyOut, TValueOut> FlatMap<TKeyOut, TValueOut>(Func<TKey, TValue, IEnumerable<KeyValuePair<TKeyOut, TValueOut>>> mapper, ISerde<TKeyOut> keySerde, ISerde<TValueOut> valueSerde, string? name = null);

    /// <summary>Turns each record into zero or more values under the same key.</summary>
    IKStream<TKey, TValueOut> FlatMapValues<TValueOut>(Func<TKey, TValue, IEnumerable<TValueOut>> mapper, ISerde<TValueOut> valueSerde, string? name = null);

    /// <summary>Chooses a new key; marks the stream for repartitioning before grouping or joining.</summary>
    IKStream<TKeyOut, TValue> SelectKey<TKeyOut>(Func<TKey, TValue, TKeyOut> selector, ISerde<TKeyOut> keySerde, string? name = null);

    /// <summary>Calls <paramref name="action"/> for each record and passes it on unchanged.</summary>
    IKStream<TKey, TValue> Peek(Action<TKey, TValue> action, string? name = null);

    /// <summary>Splits the stream into named branches; each record goes to the first branch whose predicate holds.</summary>
    BranchedStreams<TKey, TValue> Split(string? name = null);

    /// <summary>Interleaves this stream with <paramref name="other"/>.</summary>
    IKStream<TKey, TValue> Merge(IKStream<TKey, TValue> other, string? name = null);

    /// <summary>Writes the stream to <paramref name="topic"/>.</summary>
    void To(string topic, Produced<TKey, TValue>? produced = null);

    /// <summary>
    /// Partitions the stream by its current key: when the key was changed, the records go through the repartition
    /// topic <c>&lt;application.id&gt;-<paramref name="name"/>-repartition</c>; otherwise the stream is returned as it is.
    /// </summary>
    IKStream<TKey, TValue> Repartition(string name, int? partitions = null);

    /// <summary>Groups by the current key (repartitioning first if the key was changed).</summary>
    IKGroupedStream<TKey, TValue> GroupByKey(Grouped<TKey, TValue>? grouped = null);

    /// <summary>Groups by a new key, always through a repartition topic.</summary>
    IKGroupedStream<TKeyOut, TValue> GroupBy<TKeyOut>(Func<TKey, TValue, TKeyOut> selector, Grouped<TKeyOut, TValue> grouped);

    /// <summary>Joins each record with the table's current value for its key; records without a match are dropped.</summary>
    IKStream<TKey, TValueOut> Join<TTableValue, TValueOut>(IKTable<TKey, TTableValue> table, Func<TValue, TTableValue, TValueOut> joiner, ISerde<TValueOut> valueSerde, string? name = null);

    /// <summary>Like <see cref="Join{TTableValue, TValueOut}(IKTable{TKey, TTableValue}, Func{TValue, TTableValue, TValueOut}, ISerde{TValueOut}, string)"/>, but records without a match are joined with an absent value.</summary>
    IKStream<TKey, TValueOut> LeftJoin<TTableValue, TValueOut>(IKTable<TKey, TTableValue> table, Func<TValue, Optional<TTableValue>, TValueOut> joiner, ISerde<TValueOut> valueSerde, string? name = null);

    /// <summary>Joins each record with a global table's value for a key computed from the record.</summary>
    IKStream<TKey, TValueOut> Join<TGlobalKey, TGlobalValue, TValueOut>(IGlobalKTable<TGlobalKey, TGlobalValue> table, Func<TKey, TValue, TGlobalKey> keySelector, Func<TValue, TGlobalValue, TValueOut> joiner, ISerde<TValueOut> valueSerde, string? name = null);

    /// <summary>
    /// Windowed inner join with another stream on the key: every pair of records at most the window's time
    /// difference apart is joined; records later than the grace period are dropped (and counted).
    /// </summary>
    IKStream<TKey, TValueOut> Join<TOther, TValueOut>(IKStream<TKey, TOther> other, Func<TValue, TOther, TValueOut> joiner, Windowing.JoinWindows windows, StreamJoined<TKey, TValue, TOther> streamJoined, ISerde<TValueOut> valueSerde);

    /// <summary>Like the windowed <c>Join</c>, and also emits each record of this stream that found no partner, once its window closed.</summary>
    IKStream<TKey, TValueOut> LeftJoin<TOther, TValueOut>(IKStream<TKey, TOther> other, Func<TValue, Optional<TOther>, TValueOut> joiner, Windowing.JoinWindows windows, StreamJoined<TKey, TValue, TOther> streamJoined, ISerde<TValueOut> valueSerde);

    /// <summary>Like the windowed <c>Join</c>, and also emits each record of either stream that found no partner, once its window closed.</summary>
    IKStream<TKey, TValueOut> OuterJoin<TOther, TValueOut>(IKStream<TKey, TOther> other, Func<Optional<TValue>, Optional<TOther>, TValueOut> joiner, Windowing.JoinWindows windows, StreamJoined<TKey, TValue, TOther> streamJoined, ISerde<TValueOut> valueSerde);

    /// <summary>Runs a Processor-API processor connected to <paramref name="storeNames"/>.</summary>
    IKStream<TKeyOut, TValueOut> Process<TKeyOut, TValueOut>(Func<IProcessor<TKey, TValue, TKeyOut, TValueOut>> supplier, ISerde<TKeyOut> keySerde, ISerde<TValueOut> valueSerde, string? name = null, params string[] storeNames);

    /// <summary>Reads the stream as a table: the latest value per key.</summary>
    IKTable<TKey, TValue> ToTable(Materialized<TKey, TValue>? materialized = null);
}
