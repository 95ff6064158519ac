using FinanceStreams.Contracts.Catalog;
using Streamiz.Kafka.Net.Stream;
using FinanceStreams.Streaming.Admin;

namespace FinanceStreams.Streaming.Provisioning;

/// <summary>
/// Creates a topology's internal topics before its <c>KafkaStream</c> starts: the local broker has no
/// CreateTopics API and Streamiz's topic manager hangs there in the create call. Goes through
/// <see cref="ITopicAdmin"/>, so the same code serves the local broker (<see cref="TopicAdmins.Create(DevBrokerInfo)"/>)
/// and a real cluster (Kafka's Admin API). Then checks every topic exists with the partition count asked
/// for, and fails naming the ones that do not: a wrong count would break co-partitioning silently.
/// </summary>
/// <param name="admin">The cluster's topic admin; the caller owns and disposes it.</param>
/// <param name="settleTimeout">How long a just-created topic may take to appear in metadata; 10 s by default.</param>
/// <param name="time">Clock for the settle wait.</param>
public sealed class TopicProvisioner(ITopicAdmin admin, TimeSpan? settleTimeout = null, TimeProvider? time = null)
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(200);
    private readonly TimeSpan _settleTimeout = settleTimeout ?? TimeSpan.FromSeconds(10);
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Ensures the internal topics of <paramref name="topology"/> exist; returns them.</summary>
    /// <exception cref="InvalidOperationException">A topic is still missing, or exists with another partition count.</exception>
    public Task<IReadOnlyList<TopicSpec>> ProvisionAsync(Topology topology, string applicationId, int partitions, CancellationToken cancellationToken = default) =>
        EnsureAsync(InternalTopics.Of(topology, applicationId, partitions), cancellationToken);

    /// <summary>Ensures <paramref name="topics"/> exist with their partition counts; returns them.</summary>
    /// <exception cref="InvalidOperationException">A topic is still missing, or exists with another partition count.</exception>
    public async Task<IReadOnlyList<TopicSpec>> EnsureAsync(IReadOnlyList<TopicSpec> topics, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topics);
        if (topics.Count == 0)
        {
            return topics;
        }

        await admin.EnsureTopicsAsync(topics, cancellationToken).ConfigureAwait(false);
        var names = topics.Select(t => t.Name).ToList();
        var deadline = _time.GetUtcNow() + _settleTimeout;
        var counts = await admin.GetPartitionCountsAsync(names, cancellationToken).ConfigureAwait(false);
        while (counts.Count < names.Count && _time.GetUtcNow() < deadline)
        {
            await Task.Delay(RetryDelay, _time, cancellationToken).ConfigureAwait(false);
            counts = await admin.GetPartitionCountsAsync(names, cancellationToken).ConfigureAwait(false);
        }

        var problems = topics
            .Select(t => counts.TryGetValue(t.Name, out var n)
                ? n == t.Partitions ? null : $"'{t.Name}' has {n} partitions, expected {t.Partitions}"
                : $"'{t.Name}' does not exist")
            .OfType<string>()
            .ToList();
        return problems.Count == 0
            ? topics
            : throw new InvalidOperationException($"Internal topics are not as the topology needs them: {string.Join("; ", problems)}.");
    }
}
