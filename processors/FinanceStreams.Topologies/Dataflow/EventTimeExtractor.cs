using Confluent.Kafka;
using Streamiz.Kafka.Net.Processors;

namespace FinanceStreams.Topologies.Dataflow;

/// <summary>Record time = event time of a CDC change (<c>source.ts_ms</c>), else the record's own timestamp.</summary>
public sealed class EventTimeExtractor : ITimestampExtractor
{
    /// <inheritdoc/>
    public long Extract(ConsumeResult<object, object> record, long partitionTime)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Message.Value is IEventTimed timed ? timed.EventTimeMs : record.Message.Timestamp.UnixTimestampMs;
    }
}
