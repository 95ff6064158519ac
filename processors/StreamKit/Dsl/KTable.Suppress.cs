using StreamKit.Dsl.Windowing;
using StreamKit.Graph;
using StreamKit.Serialization;
using StreamKit.State;

namespace StreamKit.Dsl;

/// <summary>Suppression: a logged buffer between this table's updates and the result's.</summary>
internal sealed partial class KTable<TKey, TValue>
{
    internal KTable<TKey, TValue> Suppressed(Func<Processing.Record<TKey, Change<TValue>>, long> emitAt, BufferConfig bufferConfig, bool dropDeletes, string? name)
    {
        var processorName = name ?? builder.NewName("KTABLE-SUPPRESS");
        var buffer = $"{processorName}-buffer";
        builder.Topology.AddStateStore(StoreBuilders.From(Stores.KeyValueStoreBuilder(Stores.InMemoryKeyValueStore(buffer), Serdes.ByteArray, Serdes.ByteArray).WithLoggingEnabled()));
        var settings = new SuppressProcessor<TKey, TValue>.Settings(buffer, emitAt, bufferConfig, dropDeletes, keySerde, valueSerde);
        var suppress = builder.Topology.AddProcessor(processorName, () => new SuppressProcessor<TKey, TValue>(settings), node, buffer);
        return new KTable<TKey, TValue>(builder, suppress, storeName, keySerde, valueSerde) { WindowGraceMs = WindowGraceMs };
    }
}
