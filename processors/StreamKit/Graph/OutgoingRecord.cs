using StreamKit.Processing;

namespace StreamKit.Graph;

/// <summary>A serialized record on its way to Kafka.</summary>
/// <param name="Topic">Destination topic.</param>
/// <param name="Key">Key bytes.</param>
/// <param name="Value">Value bytes; null is a tombstone.</param>
/// <param name="Timestamp">Record timestamp, ms since epoch.</param>
/// <param name="Headers">Headers.</param>
/// <param name="Partition">Explicit partition, or null for the Java-compatible murmur2 partition of the key.</param>
public sealed record OutgoingRecord(string Topic, byte[]? Key, byte[]? Value, long Timestamp, RecordHeaders Headers, int? Partition = null);
