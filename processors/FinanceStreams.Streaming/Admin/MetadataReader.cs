using Confluent.Kafka;

namespace FinanceStreams.Streaming.Admin;

/// <summary>Reads partition counts through the Metadata API, which real and mock brokers both answer.</summary>
internal static class MetadataReader
{
    public static IReadOnlyDictionary<string, int> PartitionCounts(IAdminClient admin, IReadOnlyCollection<string> topics, TimeSpan timeout)
    {
        var wanted = topics.ToHashSet(StringComparer.Ordinal);
        var metadata = admin.GetMetadata(timeout);
        return metadata.Topics
            .Where(t => wanted.Contains(t.Topic) && t.Error.Code == ErrorCode.NoError && t.Partitions.Count > 0)
            .ToDictionary(t => t.Topic, t => t.Partitions.Count, StringComparer.Ordinal);
    }
}
