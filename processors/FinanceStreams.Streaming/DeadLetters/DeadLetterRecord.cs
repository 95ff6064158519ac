using Confluent.Kafka;
using Streamiz.Kafka.Net;

namespace FinanceStreams.Streaming.DeadLetters;

/// <summary>
/// A record to keep on the dead-letter topic, as its refuser holds it: where it was read and its
/// original bytes. The key and value must be the raw bytes the record had (or the caller's faithful
/// re-serialization of them): the dead letter is replayed byte for byte.
/// </summary>
/// <param name="Topic">Topic it was read from.</param>
/// <param name="Partition">Partition it was read from.</param>
/// <param name="Offset">Its offset there.</param>
/// <param name="Timestamp">Its timestamp, kept on the dead letter.</param>
/// <param name="Key">Original key bytes.</param>
/// <param name="Value">Original value bytes; null for a tombstone.</param>
/// <param name="Headers">Original headers.</param>
public sealed record DeadLetterRecord(string Topic, int Partition, long Offset, Timestamp Timestamp, byte[]? Key, byte[]? Value, Headers? Headers)
{
    /// <summary>The record a consumer read.</summary>
    public static DeadLetterRecord From(ConsumeResult<byte[], byte[]> record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var message = record.Message;
        return new(record.Topic, record.Partition.Value, record.Offset.Value, message?.Timestamp ?? Timestamp.Default, message?.Key, message?.Value, message?.Headers);
    }

    /// <summary>The record a Streamiz processor is processing, with the bytes the caller holds for it.</summary>
    public static DeadLetterRecord From(ProcessorContext context, byte[]? key, byte[]? value)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new(context.Topic, context.Partition.Value, context.Offset, new Timestamp(context.Timestamp, TimestampType.CreateTime), key, value, context.Headers);
    }
}
