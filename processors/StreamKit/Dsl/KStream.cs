using StreamKit.Graph;
using StreamKit.Processing;
using StreamKit.Serialization;

namespace StreamKit.Dsl;

/// <summary>The DSL stream: a typed node of the topology plus what is known of its keys.</summary>
internal sealed partial class KStream<TKey, TValue>(StreamsBuilder builder, OutputNode<TKey, TValue> node, ISerde<TKey> keySerde, ISerde<TValue> valueSerde, bool repartitionRequired)
    : IKStream<TKey, TValue>
{
    internal OutputNode<TKey, TValue> Node => node;

    internal StreamsBuilder Builder => builder;

    internal ISerde<TKey> KeySerde => keySerde;

    internal ISerde<TValue> ValueSerde => valueSerde;

    public IKStream<TKey, TValue> Filter(Func<TKey, TValue, bool> predicate, string? name = null) =>
        Stateless(name ?? builder.NewName("KSTREAM-FILTER"), (r, c) => { if (predicate(r.Key, r.Value)) { c.Forward(r); } }, keySerde, valueSerde, repartitionRequired);

    public IKStream<TKey, TValue> FilterNot(Func<TKey, TValue, bool> predicate, string? name = null) =>
        Filter((k, v) => !predicate(k, v), name ?? builder.NewName("KSTREAM-FILTER"));

    public IKStream<TKeyOut, TValueOut> Map<TKeyOut, TValueOut>(Func<TKey, TValue, KeyValuePair<TKeyOut, TValueOut>> mapper, ISerde<TKeyOut> keySerde, ISerde<TValueOut> valueSerde, string? name = null) =>
        Stateless<TKeyOut, TValueOut>(name ?? builder.NewName("KSTREAM-MAP"), (r, c) => { var (k, v) = mapper(r.Key, r.Value); c.Forward(new Record<TKeyOut, TValueOut>(k, v, r.Timestamp, r.Headers)); }, keySerde, valueSerde, true);

    public IKStream<TKey, TValueOut> MapValues<TValueOut>(Func<TKey, TValue, TValueOut> mapper, ISerde<TValueOut> valueSerde, string? name = null) =>
        Stateless<TKey, TValueOut>(name ?? builder.NewName("KSTREAM-MAPVALUES"), (r, c) => c.Forward(r.WithValue(mapper(r.Key, r.Value))), keySerde, valueSerde, repartitionRequired);

    public IKStream<TKeyOut, TValueOut> FlatMap<TKeyOut, TValueOut>(Func<TKey, TValue, IEnumerable<KeyValuePair<TKeyOut, TValueOut>>> mapper, ISerde<TKeyOut> keySerde, ISerde<TValueOut> valueSerde, string? name = null) =>
        Stateless<TKeyOut, TValueOut>(name ?? builder.NewName("KSTREAM-FLATMAP"), (r, c) =>
        {
            foreach (var (k, v) in mapper(r.Key, r.Value))
            {
                c.Forward(new Record<TKeyOut, TValueOut>(k, v, r.Timestamp, r.Headers));
            }
        }, keySerde, valueSerde, true);

    public IKStream<TKey, TValueOut> FlatMapValues<TValueOut>(Func<TKey, TValue, IEnumerable<TValueOut>> mapper, ISerde<TValueOut> valueSerde, string? name = null) =>
        Stateless<TKey, TValueOut>(name ?? builder.NewName("KSTREAM-FLATMAPVALUES"), (r, c) =>
        {
            foreach (var v in mapper(r.Key, r.Value))
            {
                c.Forward(r.WithValue(v));
            }
        }, keySerde, valueSerde, repartitionRequired);

    public IKStream<TKeyOut, TValue> SelectKey<TKeyOut>(Func<TKey, TValue, TKeyOut> selector, ISerde<TKeyOut> keySerde, string? name = null) =>
        Stateless<TKeyOut, TValue>(name ?? builder.NewName("KSTREAM-KEY-SELECT"), (r, c) => c.Forward(r.WithKey(selector(r.Key, r.Value))), keySerde, valueSerde, true);

    public IKStream<TKey, TValue> Peek(Action<TKey, TValue> action, string? name = null) =>
        Stateless(name ?? builder.NewName("KSTREAM-PEEK"), (r, c) => { action(r.Key, r.Value); c.Forward(r); }, keySerde, valueSerde, repartitionRequired);

    public BranchedStreams<TKey, TValue> Split(string? name = null) => new(this, name ?? builder.NewName("KSTREAM-BRANCH"));

    public IKStream<TKey, TValue> Merge(IKStream<TKey, TValue> other, string? name = null)
    {
        var that = (KStream<TKey, TValue>)other;
        var merge = new ProcessorNode<TKey, TValue, TKey, TValue>(name ?? builder.NewName("KSTREAM-MERGE"), () => new FuncProcessor<TKey, TValue, TKey, TValue>((r, c) => c.Forward(r)));
        builder.Topology.AddNode(merge);
        node.AddChild(merge);
        that.Node.AddChild(merge);
        return new KStream<TKey, TValue>(builder, merge, keySerde, valueSerde, repartitionRequired || that.RepartitionRequired);
    }

    public void To(string topic, Produced<TKey, TValue>? produced = null)
    {
        var p = produced ?? Produced<TKey, TValue>.With(keySerde, valueSerde);
        builder.Topology.AddSink(p.Name ?? builder.NewName("KSTREAM-SINK"), topic, p.KeySerde, p.ValueSerde, node);
    }

    public IKStream<TKeyOut, TValueOut> Process<TKeyOut, TValueOut>(Func<IProcessor<TKey, TValue, TKeyOut, TValueOut>> supplier, ISerde<TKeyOut> keySerde, ISerde<TValueOut> valueSerde, string? name = null, params string[] storeNames)
    {
        var processor = builder.Topology.AddProcessor(name ?? builder.NewName("KSTREAM-PROCESSOR"), supplier, node, storeNames);
        return new KStream<TKeyOut, TValueOut>(builder, processor, keySerde, valueSerde, true);
    }

    public IKTable<TKey, TValue> ToTable(Materialized<TKey, TValue>? materialized = null)
    {
        var source = Repartitioned(null, null);
        var upserts = builder.Topology.AddProcessor(builder.NewName("KSTREAM-TOTABLE"), () => new UpsertProcessor<TKey, TValue>(), source);
        return KTable<TKey, TValue>.Materialize(builder, upserts, materialized ?? Materialized<TKey, TValue>.With(keySerde, valueSerde));
    }

    internal bool RepartitionRequired => repartitionRequired;

    private KStream<TKeyOut, TValueOut> Stateless<TKeyOut, TValueOut>(string name, Action<Record<TKey, TValue>, IProcessorContext<TKeyOut, TValueOut>> body, ISerde<TKeyOut> keys, ISerde<TValueOut> values, bool repartition)
    {
        var processor = builder.Topology.AddProcessor(name, () => new FuncProcessor<TKey, TValue, TKeyOut, TValueOut>(body), node);
        return new KStream<TKeyOut, TValueOut>(builder, processor, keys, values, repartition);
    }
}
