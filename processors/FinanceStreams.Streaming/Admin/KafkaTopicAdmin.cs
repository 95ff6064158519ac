using Confluent.Kafka;
using Confluent.Kafka.Admin;
using FinanceStreams.Contracts.Catalog;

namespace FinanceStreams.Streaming.Admin;

/// <summary>Topic administration through Kafka's own Admin API (CreateTopics), for real clusters.</summary>
internal sealed class KafkaTopicAdmin(IAdminClient admin, TimeSpan timeout) : ITopicAdmin
{
    public async Task EnsureTopicsAsync(IReadOnlyCollection<TopicSpec> topics, CancellationToken cancellationToken = default)
    {
        var existing = await GetPartitionCountsAsync(topics.Select(t => t.Name).ToList(), cancellationToken).ConfigureAwait(false);
        var missing = topics.Where(t => !existing.ContainsKey(t.Name)).Select(t => t.Validate()).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var specs = missing.Select(t => new TopicSpecification
        {
            Name = t.Name,
            NumPartitions = t.Partitions,
            ReplicationFactor = t.ReplicationFactor,
            Configs = new Dictionary<string, string> { ["cleanup.policy"] = t.CleanupPolicy == CleanupPolicy.Compact ? "compact" : "delete" },
        });
        try
        {
            await admin.CreateTopicsAsync(specs, new CreateTopicsOptions { RequestTimeout = timeout }).ConfigureAwait(false);
        }
        catch (CreateTopicsException e) when (e.Results.All(r => r.Error.Code is ErrorCode.NoError or ErrorCode.TopicAlreadyExists))
        {
            // Another instance created them first: that is the outcome we wanted.
        }
    }

    public Task<IReadOnlyDictionary<string, int>> GetPartitionCountsAsync(IReadOnlyCollection<string> topics, CancellationToken cancellationToken = default) =>
        Task.Run(() => MetadataReader.PartitionCounts(admin, topics, timeout), cancellationToken);

    public void Dispose() => admin.Dispose();
}
