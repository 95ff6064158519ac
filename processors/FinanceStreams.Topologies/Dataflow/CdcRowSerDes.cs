using Avro.Specific;
using Confluent.Kafka;
using FinanceStreams.Contracts.Cdc;
using FinanceStreams.Streaming.Serialization;
using FinanceStreams.Topologies.Rows;
using Streamiz.Kafka.Net.SerDes;
using FinanceStreams.Contracts.Serialization;

namespace FinanceStreams.Topologies.Dataflow;

/// <summary>
/// Reads a CDC value (Avro or Debezium JSON, through the contracts' reader) straight into a
/// <see cref="RowChange{TRow}"/>, validating the row, so an unreadable or invalid record fails in
/// deserialization, where the dead-letter handler still has its original bytes. A tombstone reads
/// as null. Partition and offset are filled in by <see cref="CdcSources"/>. Read-only; reads each buffer once
/// (<see cref="ReadMemo{T}"/>).
/// </summary>
internal sealed class CdcRowSerDes<TSource, TRow>(ISerde<DebeziumEnvelope<TSource>> envelopes, Func<TSource, SourceRef, TRow> map)
    : AbstractSerDes<RowChange<TRow>>
    where TSource : class, ISpecificRecord
    where TRow : class
{
    private readonly ReadMemo<RowChange<TRow>> _memo = new();

    public override byte[] Serialize(RowChange<TRow> data, SerializationContext context) =>
        throw new NotSupportedException("CDC topics are read, never written, by the topologies.");

    public override RowChange<TRow> Deserialize(byte[] data, SerializationContext context) =>
        data is null ? null! : _memo.Read(data, bytes => Read(bytes, context));

    private RowChange<TRow> Read(byte[] data, SerializationContext context)
    {
        var envelope = envelopes.Deserialize(data, new SerdeContext(context.Topic, IsKey: false, context.Headers));
        var source = new SourceRef(context.Topic, -1, -1, envelope.Lsn, envelope.Source.ts_ms);
        if (envelope.Op == DebeziumOp.Truncate)
        {
            return new RowChange<TRow>(envelope.Lsn, null, source, Truncate: true);
        }

        if (envelope.Current is { } current)
        {
            RowCheck.TextLengths(current);
            return new RowChange<TRow>(envelope.Lsn, map(current, source), source);
        }

        return new RowChange<TRow>(envelope.Lsn, null, source);
    }
}
