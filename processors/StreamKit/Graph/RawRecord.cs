using StreamKit.Processing;

namespace StreamKit.Graph;

/// <summary>A record as read from Kafka, before deserialization.</summary>
/// <param name="Topic">Topic.</param>
/// <param name="Partition">Partition.</param>
/// <param name="Offset">Offset.</param>
/// <param name="Key">Key bytes, null for no key.</param>
/// <param name="Value">Value bytes, null for a tombstone.</param>
/// <param name="Timestamp">Record timestamp, ms since epoch.</param>
/// <param name="Headers">Headers.</param>
public sealed record RawRecord(string Topic, int Partition, long Offset, byte[]? Key, byte[]? Value, long Timestamp, RecordHeaders Headers);
