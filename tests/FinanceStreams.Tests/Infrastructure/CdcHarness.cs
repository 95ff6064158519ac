using Avro.Specific;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Cdc;

namespace FinanceStreams.Tests.Infrastructure;

/// <summary>Writes contract rows as Debezium changes with increasing lsn (event time = base time + lsn seconds), whatever the driver behind.</summary>
internal abstract class CdcHarness : ICdcSink
{
    public const long BaseTime = CdcRouting.BaseTime;
    private long _lsn;

    public long NextLsn => _lsn + 1;

    public void At(long eventTimeMs) => _lsn = Math.Max(_lsn, ((eventTimeMs - BaseTime) / 1000) - 1);

    public long Put(ISpecificRecord row, long? lsn = null, DebeziumOp op = DebeziumOp.Update) => Send(row, null, row, op, lsn ?? ++_lsn);

    public long Delete(ISpecificRecord row, long? lsn = null, bool tombstone = true)
    {
        var used = Send(row, row, null, DebeziumOp.Delete, lsn ?? ++_lsn);
        if (tombstone)
        {
            Send(row, null, null, DebeziumOp.Delete, used, tombstoneOnly: true);
        }

        return used;
    }

    public long Truncate(ISpecificRecord row) => Send(row, null, null, DebeziumOp.Truncate, ++_lsn);

    public abstract void Write<TKey, TRow>(Topic<TKey, DebeziumEnvelope<TRow>> topic, TKey key, DebeziumEnvelope<TRow>? envelope, long timestamp)
        where TRow : class, ISpecificRecord;

    private long Send(ISpecificRecord row, ISpecificRecord? before, ISpecificRecord? after, DebeziumOp op, long lsn, bool tombstoneOnly = false)
    {
        _lsn = Math.Max(_lsn, lsn);
        CdcRouting.Send(this, row, before, after, op, lsn, tombstoneOnly);
        return lsn;
    }
}
