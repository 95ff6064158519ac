using FinanceStreams.Topologies.Rows;
using MessagePack;

namespace FinanceStreams.Topologies.Dataflow;

/// <summary>
/// One applied CDC change of a row: its lsn, the row it leaves (null after a delete) and where it
/// came from. The unit of last-writer-wins: a change whose lsn is not above the stored one is a
/// technical duplicate or a stale replay.
/// </summary>
/// <typeparam name="TRow">Row type.</typeparam>
/// <param name="Lsn">Source lsn.</param>
/// <param name="Row">The row the change leaves; null after a delete or truncate.</param>
/// <param name="Source">Where it was read (partition and offset filled in after reading).</param>
/// <param name="Truncate">A truncate event (counted and dropped).</param>
/// <param name="RowId">The row's primary key as text (the record key may be another, for routing).</param>
[MessagePackObject]
public sealed record RowChange<TRow>(
    [property: Key(0)] long Lsn,
    [property: Key(1)] TRow? Row,
    [property: Key(2)] SourceRef Source,
    [property: Key(3)] bool Truncate = false,
    [property: Key(4)] string RowId = "") : IEventTimed
    where TRow : class
{
    /// <inheritdoc/>
    [IgnoreMember]
    public long EventTimeMs => Source.TsMs;
}
