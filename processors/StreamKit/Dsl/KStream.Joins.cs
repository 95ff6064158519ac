using StreamKit.Processing;
using StreamKit.Serialization;
using StreamKit.State;

namespace StreamKit.Dsl;

/// <summary>Stream-table and stream-global-table joins: each stream record looks up the table's current value.</summary>
internal sealed partial class KStream<TKey, TValue>
{
    public IKStream<TKey, TValueOut> Join<TTableValue, TValueOut>(IKTable<TKey, TTableValue> table, Func<TValue, TTableValue, TValueOut> joiner, ISerde<TValueOut> valueSerde, string? name = null) =>
        LookupJoin<TKey, TTableValue, TValueOut>(name ?? builder.NewName("KSTREAM-JOIN"), table.StoreName, (k, _) => k, (v, found) => found.HasValue ? Optional<TValueOut>.Some(joiner(v, found.Value)) : Optional<TValueOut>.None, valueSerde, Repartitioned(null, null));

    public IKStream<TKey, TValueOut> LeftJoin<TTableValue, TValueOut>(IKTable<TKey, TTableValue> table, Func<TValue, Optional<TTableValue>, TValueOut> joiner, ISerde<TValueOut> valueSerde, string? name = null) =>
        LookupJoin<TKey, TTableValue, TValueOut>(name ?? builder.NewName("KSTREAM-LEFTJOIN"), table.StoreName, (k, _) => k, (v, found) => Optional<TValueOut>.Some(joiner(v, found)), valueSerde, Repartitioned(null, null));

    public IKStream<TKey, TValueOut> Join<TGlobalKey, TGlobalValue, TValueOut>(IGlobalKTable<TGlobalKey, TGlobalValue> table, Func<TKey, TValue, TGlobalKey> keySelector, Func<TValue, TGlobalValue, TValueOut> joiner, ISerde<TValueOut> valueSerde, string? name = null) =>
        LookupJoin<TGlobalKey, TGlobalValue, TValueOut>(name ?? builder.NewName("KSTREAM-GLOBALJOIN"), table.StoreName, keySelector, (v, found) => found.HasValue ? Optional<TValueOut>.Some(joiner(v, found.Value)) : Optional<TValueOut>.None, valueSerde, node);

    private KStream<TKey, TValueOut> LookupJoin<TLookupKey, TTableValue, TValueOut>(
        string name,
        string storeName,
        Func<TKey, TValue, TLookupKey> lookupKey,
        Func<TValue, Optional<TTableValue>, Optional<TValueOut>> join,
        ISerde<TValueOut> valueSerde,
        Graph.OutputNode<TKey, TValue> input)
    {
        var joined = builder.Topology.AddProcessor(name, () => new LookupJoinProcessor<TLookupKey, TTableValue, TValueOut>(storeName, lookupKey, join), input, storeName);
        return new KStream<TKey, TValueOut>(builder, joined, keySerde, valueSerde, repartitionRequired: false);
    }

    private sealed class LookupJoinProcessor<TLookupKey, TTableValue, TValueOut>(
        string storeName,
        Func<TKey, TValue, TLookupKey> lookupKey,
        Func<TValue, Optional<TTableValue>, Optional<TValueOut>> join)
        : IProcessor<TKey, TValue, TKey, TValueOut>
    {
        private IProcessorContext<TKey, TValueOut>? _context;
        private IReadOnlyKeyValueStore<TLookupKey, ValueAndTimestamp<TTableValue>>? _table;

        public void Init(IProcessorContext<TKey, TValueOut> context)
        {
            _context = context;
            _table = context.GetStateStore<ITimestampedKeyValueStore<TLookupKey, TTableValue>>(storeName);
        }

        public void Process(Record<TKey, TValue> record)
        {
            if (record.Value is null)
            {
                return;
            }

            var key = lookupKey(record.Key, record.Value);
            var found = key is not null && _table!.TryGet(key, out var row) ? Optional<TTableValue>.Some(row.Value) : Optional<TTableValue>.None;
            var result = join(record.Value, found);
            if (result.HasValue)
            {
                _context!.Forward(record.WithValue(result.Value));
            }
        }
    }
}
