using FinanceStreams.Streaming.State;
using Streamiz.Kafka.Net.SerDes;
using Streamiz.Kafka.Net.State;

namespace FinanceStreams.Topologies.Dataflow;

/// <summary>The store builder of a stage: sorted, in memory, logged to its changelog.</summary>
public static class StageStore
{
    /// <summary>A builder of the store <paramref name="name"/> (text keys, bytes of <see cref="PartStore"/> parts).</summary>
    public static IStoreBuilder<IKeyValueStore<string, byte[]>> Builder(string name) =>
        SortedInMemoryStores.Builder(name, new StringSerDes(), new ByteArraySerDes());
}
