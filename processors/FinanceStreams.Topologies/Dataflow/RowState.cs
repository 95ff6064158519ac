using FinanceStreams.Topologies.Rows;
using MessagePack;

namespace FinanceStreams.Topologies.Dataflow;

/// <summary>A row as last-writer-wins left it: the highest applied lsn and the row (null after a delete).</summary>
[MessagePackObject]
public sealed record RowState<TRow>([property: Key(0)] long Lsn, [property: Key(1)] TRow? Row, [property: Key(2)] SourceRef Source)
    where TRow : class;
