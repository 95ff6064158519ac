using StreamKit.Dsl.Windowing;
using StreamKit.Graph;
using StreamKit.Serialization;
using StreamKit.State;

namespace StreamKit.Dsl;

/// <summary>Suppression: a logged buffer between this table's updates and the result's.</summary>
internal sealed partial class KTable<TKey, TValue>
{
    internal KTable<TKey, TValue> Suppressed(Func<Processing.Record<TKey, Change<TValue>>, long> emitAt, int maxRecords, string? name)
    {
        var processorName = name ?? builder.NewName("KTABLE-SUPPRESS");
        var buffer = $"{processorName}-buffer";
        builder.Topology.AddStateStore(StoreBuilders.From(Stores.KeyValueStoreBuilder(Stores.InMemoryKeyValueStore(buffer), Serdes.ByteArray, Serdes.ByteArray)));
        var suppress = builder.Topology.AddProcessor(processorName, () => new SuppressProcessor<TKey, TValue>(buffer, emitAt, maxRecords, keySerde, valueSerde, buffer), node, buffer);
        return new KTable<TKey, TValue>(builder, suppress, storeName, keySerde, valueSerde) { WindowGraceMs = WindowGraceMs };
    }
}
