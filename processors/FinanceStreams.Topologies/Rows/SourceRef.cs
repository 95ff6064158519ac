using MessagePack;

namespace FinanceStreams.Topologies.Rows;

/// <summary>Lineage of one applied change event: where it was read and its Debezium position.</summary>
/// <param name="Topic">Source topic.</param>
/// <param name="Partition">Source partition.</param>
/// <param name="Offset">Source offset.</param>
/// <param name="Lsn">Debezium <c>source.lsn</c>.</param>
/// <param name="TsMs">Debezium <c>source.ts_ms</c>: the event time.</param>
[MessagePackObject]
public sealed record SourceRef([property: Key(0)] string Topic, [property: Key(1)] int Partition, [property: Key(2)] long Offset, [property: Key(3)] long Lsn, [property: Key(4)] long TsMs);
