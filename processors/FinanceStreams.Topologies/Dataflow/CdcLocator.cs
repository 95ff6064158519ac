using FinanceStreams.Topologies.Ingestion;
using FinanceStreams.Topologies.Rows;
using Streamiz.Kafka.Net.Processors.Public;

namespace FinanceStreams.Topologies.Dataflow;

/// <summary>Counts what it reads, drops (and counts) tombstones and truncates, stamps partition and offset (on the change and its row), keys by the routing key.</summary>
internal sealed class CdcLocator<TKey, TRow>(Func<TKey, string> keyOf, Func<TKey, string> routeOf) : ITransformer<TKey, RowChange<TRow>, string, RowChange<TRow>>
    where TRow : class
{
    private ProcessorContext<string, RowChange<TRow>>? _context;

    /// <summary>For Streamiz's builder constraint; Streamiz creates instances with the key function.</summary>
    public CdcLocator()
        : this(null!, null!)
    {
    }

    public void Init(ProcessorContext<string, RowChange<TRow>> context) => _context = context;

    public Record<string, RowChange<TRow>> Process(Record<TKey, RowChange<TRow>> record)
    {
        var topic = _context!.Topic;
        CdcMetrics.Read(_context.ApplicationId, topic);
        if (record.Value is null)
        {
            CdcMetrics.Tombstone(topic);
            return null!;
        }

        if (record.Value.Truncate || record.Key is null)
        {
            CdcMetrics.Truncate(topic);
            return null!;
        }

        var source = record.Value.Source with { Partition = _context.Partition.Value, Offset = _context.Offset };
        var row = record.Value.Row is ILocated<TRow> located ? located.At(source) : record.Value.Row;
        var change = record.Value with { Source = source, Row = row, RowId = keyOf(record.Key) };
        return Record<string, RowChange<TRow>>.Create(routeOf(record.Key), change, record.Headers);
    }

    public void Close()
    {
    }
}
