using Avro.Specific;
using FinanceStreams.Contracts.Cdc;
using FinanceStreams.Topologies.Rows;
using StreamKit.Dsl;
using StreamKit.Processing;
using StreamKit.State;

namespace FinanceStreams.Topologies.Ingestion;

/// <summary>
/// Applies Debezium events last-writer-wins per key by <c>source.lsn</c> and forwards each applied
/// change with the row it replaced. Stale or duplicate lsn, tombstones and truncates change nothing
/// and are counted (a tombstone follows the <c>d</c> event that already deleted the row, so a replayed
/// tombstone can never delete a newer row).
/// </summary>
internal sealed class CdcLastWriterWins<TKey, TSource, TRow>(string storeName, Func<TKey, string> keyOf, Func<TSource, SourceRef, TRow> map)
    : IProcessor<TKey, DebeziumEnvelope<TSource>, string, Change<TRow>>
    where TSource : class, ISpecificRecord
    where TRow : class
{
    private IProcessorContext<string, Change<TRow>>? _context;
    private ITimestampedKeyValueStore<string, CdcRowState<TRow>>? _store;

    public void Init(IProcessorContext<string, Change<TRow>> context)
    {
        _context = context;
        _store = context.GetStateStore<ITimestampedKeyValueStore<string, CdcRowState<TRow>>>(storeName);
    }

    private TRow Map(TSource current, SourceRef source)
    {
        RowCheck.TextLengths(current);
        return map(current, source);
    }

    public void Process(Record<TKey, DebeziumEnvelope<TSource>> record)
    {
        var topic = _context!.RecordMetadata?.Topic ?? string.Empty;
        if (record.Value is null)
        {
            CdcMetrics.Tombstone(topic);
            return;
        }

        if (record.Value.Op == DebeziumOp.Truncate || record.Key is null)
        {
            CdcMetrics.Truncate(topic);
            return;
        }

        var key = keyOf(record.Key);
        var previous = _store!.TryGet(key, out var stored) ? stored.Value : null;
        var envelope = record.Value;
        if (previous is not null && envelope.Lsn <= previous.Lsn)
        {
            CdcMetrics.Stale(topic);
            return;
        }

        var metadata = _context.RecordMetadata;
        var source = new SourceRef(topic, metadata?.Partition ?? 0, metadata?.Offset ?? -1, envelope.Lsn, envelope.Source.ts_ms);
        var row = envelope.Current is { } current ? Map(current, source) : null;
        _store.Put(key, new CdcRowState<TRow>(envelope.Lsn, row), envelope.Source.ts_ms);
        if (row is not null || previous?.Row is not null)
        {
            var change = new Change<TRow>(Optional<TRow>.OfNullable(row), Optional<TRow>.OfNullable(previous?.Row));
            _context.Forward(new Record<string, Change<TRow>>(key, change, envelope.Source.ts_ms, record.Headers));
        }
    }
}
