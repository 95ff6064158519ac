using StreamKit.Graph;
using StreamKit.Serialization;

namespace StreamKit.Dsl;

/// <summary>Grouping and repartitioning.</summary>
internal sealed partial class KStream<TKey, TValue>
{
    public IKGroupedStream<TKey, TValue> GroupByKey(Grouped<TKey, TValue>? grouped = null)
    {
        var g = grouped ?? Grouped<TKey, TValue>.With(keySerde, valueSerde);
        return new KGroupedStream<TKey, TValue>(builder, Repartitioned(g.Name, g.Partitions, g.KeySerde, g.ValueSerde), g.ValueSerde);
    }

    public IKStream<TKey, TValue> Repartition(string name, int? partitions = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return repartitionRequired ? new KStream<TKey, TValue>(builder, Repartitioned(name, partitions), keySerde, valueSerde, repartitionRequired: false) : this;
    }

    public IKGroupedStream<TKeyOut, TValue> GroupBy<TKeyOut>(Func<TKey, TValue, TKeyOut> selector, Grouped<TKeyOut, TValue> grouped)
    {
        var rekeyed = (KStream<TKeyOut, TValue>)SelectKey(selector, grouped.KeySerde);
        return rekeyed.GroupByKey(grouped);
    }

    /// <summary>
    /// This stream's node if its records are partitioned by their key, otherwise the source of a new
    /// repartition topic that they are written through. With <paramref name="copartitionedWithStore"/> the
    /// topic takes the partition count of the sub-topology holding that store (the other side of a join).
    /// </summary>
    internal OutputNode<TKey, TValue> Repartitioned(string? name, int? partitions, ISerde<TKey>? keys = null, ISerde<TValue>? values = null, string? copartitionedWithStore = null)
    {
        if (!repartitionRequired)
        {
            return node;
        }

        var baseName = name ?? builder.NewName("KSTREAM-REPARTITION");
        var topic = builder.Topology.AddRepartitionTopic(builder.ApplicationId, baseName, partitions, copartitionedWithStore);
        var dropNullKeys = builder.Topology.AddProcessor(builder.NewName("KSTREAM-FILTER"), () => new FuncProcessor<TKey, TValue, TKey, TValue>((r, c) => { if (r.Key is not null) { c.Forward(r); } }), node);
        builder.Topology.AddSink($"{baseName}-repartition-sink", topic, keys ?? keySerde, values ?? valueSerde, dropNullKeys);
        return builder.Topology.AddSource($"{baseName}-repartition-source", keys ?? keySerde, values ?? valueSerde, topic);
    }
}
