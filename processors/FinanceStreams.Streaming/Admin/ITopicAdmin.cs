using FinanceStreams.Contracts.Catalog;
namespace FinanceStreams.Streaming.Admin;

/// <summary>
/// Creates and describes topics. Every place that creates a topic goes through this, so the code
/// never knows whether it talks to a real cluster or to the local development broker.
/// </summary>
public interface ITopicAdmin : IDisposable
{
    /// <summary>Creates the topics that do not exist yet; existing topics are left as they are.</summary>
    Task EnsureTopicsAsync(IReadOnlyCollection<TopicSpec> topics, CancellationToken cancellationToken = default);

    /// <summary>Partition counts of the named topics; a topic that does not exist is absent from the result.</summary>
    Task<IReadOnlyDictionary<string, int>> GetPartitionCountsAsync(IReadOnlyCollection<string> topics, CancellationToken cancellationToken = default);
}
