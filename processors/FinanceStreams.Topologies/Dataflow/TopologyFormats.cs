using FinanceStreams.Streaming.Serialization;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Dataflow;

/// <summary>The compact (MessagePack) types of the topologies: their messages, store parts and row changes of every row type.</summary>
public static class TopologyFormats
{
    /// <summary>Builds their formatters now (<see cref="CompactFormats"/>), e.g. while a stream joins its group.</summary>
    public static IReadOnlyList<Type> Prime() =>
        CompactFormats.Prime(typeof(TopologyFormats).Assembly, t => t.Namespace == typeof(SourceRef).Namespace);
}
