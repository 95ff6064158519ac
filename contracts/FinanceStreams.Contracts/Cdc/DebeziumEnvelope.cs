using Avro.Specific;
using finance.cdc;

namespace FinanceStreams.Contracts.Cdc;

/// <summary>
/// A Debezium change event of one table, typed by its row. Read by
/// <see cref="DebeziumSerde{TRow,TEnvelope}"/> from Avro or JSON; a tombstone (null value) is not an envelope.
/// </summary>
/// <typeparam name="TRow">The generated row type, e.g. <c>finance.procurement.PurchaseOrder</c>.</typeparam>
/// <param name="Before">Row before the change (null for create and snapshot read).</param>
/// <param name="After">Row after the change (null for delete and truncate).</param>
/// <param name="Source">Where and when the change happened; <c>lsn</c> orders changes per key.</param>
/// <param name="Op">The operation.</param>
/// <param name="TsMs">When Debezium processed the change (epoch ms); not the event time.</param>
public sealed record DebeziumEnvelope<TRow>(TRow? Before, TRow? After, Source Source, DebeziumOp Op, long TsMs)
    where TRow : class, ISpecificRecord
{
    /// <summary>Log sequence number of the change: last writer wins per key by this value.</summary>
    public long Lsn => Source.lsn;

    /// <summary>Event time: when the change happened in the source database (<c>source.ts_ms</c>).</summary>
    public DateTimeOffset EventTime => DateTimeOffset.FromUnixTimeMilliseconds(Source.ts_ms);

    /// <summary>True for a delete: the row no longer exists.</summary>
    public bool IsDelete => Op == DebeziumOp.Delete;

    /// <summary>The row state this event leaves, or null after a delete or truncate.</summary>
    public TRow? Current => Op is DebeziumOp.Delete or DebeziumOp.Truncate ? null : After;
}
