using StreamKit.Processing;

namespace StreamKit.Dsl;

/// <summary>Re-grouping a table: each change becomes a subtraction of the old row and an addition of the new.</summary>
internal sealed partial class KTable<TKey, TValue>
{
    public IKGroupedTable<TKeyOut, TValueOut> GroupBy<TKeyOut, TValueOut>(Func<TKey, TValue, KeyValuePair<TKeyOut, TValueOut>> selector, Grouped<TKeyOut, TValueOut> grouped)
    {
        var name = grouped.Name ?? builder.NewName("KTABLE-GROUPBY");
        var select = builder.Topology.AddProcessor(builder.NewName("KTABLE-SELECT"), () => new FuncProcessor<TKey, Change<TValue>, TKeyOut, Change<TValueOut>>((r, c) =>
        {
            if (r.Value.Old.HasValue)
            {
                var (key, value) = selector(r.Key, r.Value.Old.Value);
                c.Forward(new Record<TKeyOut, Change<TValueOut>>(key, new(Optional<TValueOut>.None, Optional<TValueOut>.Some(value)), r.Timestamp, r.Headers));
            }

            if (r.Value.New.HasValue)
            {
                var (key, value) = selector(r.Key, r.Value.New.Value);
                c.Forward(new Record<TKeyOut, Change<TValueOut>>(key, new(Optional<TValueOut>.Some(value), Optional<TValueOut>.None), r.Timestamp, r.Headers));
            }
        }), node);
        var changes = new ChangeSerde<TValueOut>(grouped.ValueSerde);
        var topic = builder.Topology.AddRepartitionTopic(builder.ApplicationId, name, grouped.Partitions);
        builder.Topology.AddSink($"{name}-repartition-sink", topic, grouped.KeySerde, changes, select);
        var source = builder.Topology.AddSource($"{name}-repartition-source", grouped.KeySerde, changes, topic);
        return new KGroupedTable<TKeyOut, TValueOut>(builder, source);
    }
}
