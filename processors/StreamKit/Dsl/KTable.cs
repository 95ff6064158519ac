using StreamKit.Graph;
using StreamKit.Serialization;

namespace StreamKit.Dsl;

/// <summary>The DSL table: a node emitting <see cref="Change{TValue}"/> records and the store holding current values.</summary>
internal sealed partial class KTable<TKey, TValue>(StreamsBuilder builder, OutputNode<TKey, Change<TValue>> node, string storeName, ISerde<TKey> keySerde, ISerde<TValue> valueSerde)
    : IKTable<TKey, TValue>
{
    public string StoreName => storeName;

    internal OutputNode<TKey, Change<TValue>> Node => node;

    /// <summary>For a windowed aggregate, the grace period of its windows (suppression needs it); else null.</summary>
    internal long? WindowGraceMs { get; init; }

    /// <summary>A table whose store is kept by applying <paramref name="upserts"/>.</summary>
    /// <remarks>With <paramref name="reuseStore"/> the store was already added (by an aggregation that reads it).</remarks>
    public static KTable<TKey, TValue> Materialize(StreamsBuilder builder, OutputNode<TKey, Optional<TValue>> upserts, Materialized<TKey, TValue> materialized, bool reuseStore = false, params OutputNode<TKey, Optional<TValue>>[] moreUpserts)
    {
        var store = materialized.StoreName ?? builder.NewName("KTABLE-STORE");
        if (!reuseStore)
        {
            builder.Topology.AddStateStore(DslStores.Timestamped(store, materialized));
        }

        var materializer = builder.Topology.AddProcessor(builder.NewName("KTABLE-MATERIALIZE"), () => new TableMaterializer<TKey, TValue>(store), upserts, store);
        foreach (var more in moreUpserts)
        {
            more.AddChild((ProcessorNode<TKey, Optional<TValue>, TKey, Change<TValue>>)materializer);
        }

        return new KTable<TKey, TValue>(builder, materializer, store, materialized.KeySerde, materialized.ValueSerde);
    }

    public IKTable<TKey, TValue> Filter(Func<TKey, TValue, bool> predicate, Materialized<TKey, TValue>? materialized = null)
    {
        var upserts = builder.Topology.AddProcessor(builder.NewName("KTABLE-FILTER"), () => new FuncProcessor<TKey, Change<TValue>, TKey, Optional<TValue>>((r, c) =>
            c.Forward(r.WithValue(r.Value.New.HasValue && predicate(r.Key, r.Value.New.Value) ? r.Value.New : Optional<TValue>.None))), node);
        return Materialize(builder, upserts, materialized ?? Materialized<TKey, TValue>.With(keySerde, valueSerde));
    }

    public IKTable<TKey, TValueOut> MapValues<TValueOut>(Func<TKey, TValue, TValueOut> mapper, Materialized<TKey, TValueOut> materialized)
    {
        var upserts = builder.Topology.AddProcessor(builder.NewName("KTABLE-MAPVALUES"), () => new FuncProcessor<TKey, Change<TValue>, TKey, Optional<TValueOut>>((r, c) =>
            c.Forward(r.WithValue(r.Value.New.HasValue ? Optional<TValueOut>.Some(mapper(r.Key, r.Value.New.Value)) : Optional<TValueOut>.None))), node);
        return KTable<TKey, TValueOut>.Materialize(builder, upserts, materialized);
    }

    public IKStream<TKey, TValue> ToStream()
    {
        var stream = builder.Topology.AddProcessor(builder.NewName("KTABLE-TOSTREAM"), () => new FuncProcessor<TKey, Change<TValue>, TKey, TValue>((r, c) =>
            c.Forward(r.WithValue(r.Value.New.HasValue ? r.Value.New.Value : default!))), node);
        return new KStream<TKey, TValue>(builder, stream, keySerde, valueSerde, repartitionRequired: false);
    }

    public IKStream<TKey, Change<TValue>> ToChangeStream() =>
        new KStream<TKey, Change<TValue>>(builder, node, keySerde, new ChangeSerde<TValue>(valueSerde), repartitionRequired: false);
}
