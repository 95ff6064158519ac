using Confluent.Kafka;

namespace StreamKit.Runtime;

/// <summary>The commit protocol of a stream thread.</summary>
internal sealed partial class StreamThread
{
    private static readonly TimeSpan FlushTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Commits every task with work: stores flush their caches into the changelog, every output and
    /// changelog record is acknowledged, then each task's checkpoint record closes its batch, and
    /// finally the group offsets are committed (in the transaction under exactly-once).
    /// </summary>
    private void CommitAll() => Commit(_tasks.Values.Where(t => t.State == TaskState.Running && t.HasBatch).ToList());

    private void Commit(IReadOnlyList<StreamTask> tasks)
    {
        _lastCommit = System.Diagnostics.Stopwatch.GetTimestamp();
        if (tasks.Count == 0)
        {
            return;
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var progressed = tasks.Any(t => t.ProcessedInBatch > 0); // a commit of repairs or a first checkpoint alone is no sign of recovery
        foreach (var task in tasks)
        {
            task.Flush();
        }

        if (!IsExactlyOnce)
        {
            _sender!.FlushOrThrow(FlushTimeout); // a checkpoint only follows acknowledged records
        }

        foreach (var task in tasks)
        {
            task.WriteCheckpoint();
        }

        var all = tasks.SelectMany(t => t.CommittableOffsets()).ToList();
        var offsets = all.Where(o => _leaderTopics.Contains(o.Topic)).ToList();
        var followerOffsets = all.Where(o => !_leaderTopics.Contains(o.Topic)).ToList();
        if (IsExactlyOnce)
        {
            _sender!.Producer.SendOffsetsToTransaction(offsets, _consumer!.ConsumerGroupMetadata, FlushTimeout);
            _sender.Producer.CommitTransaction(FlushTimeout);
            BeginTransactionIfNeeded(initialize: false);
            CommitFollowerOffsets(followerOffsets);
        }
        else
        {
            _sender!.FlushOrThrow(FlushTimeout);
            CommitGroupOffsets(offsets);
            CommitFollowerOffsets(followerOffsets);
        }

        _commitsSinceStart += progressed ? 1 : 0;
        Telemetry.StreamsMetrics.CommitDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("streamkit.thread", Name));
    }

    /// <summary>
    /// Commits group offsets. A rebalance or an unreachable broker may refuse them; that loses nothing,
    /// because stateful tasks resume from their checkpoints and stateless ones re-read from the last
    /// offsets that were committed.
    /// </summary>
    private void CommitGroupOffsets(List<TopicPartitionOffset> offsets)
    {
        if (offsets.Count == 0)
        {
            return;
        }

        try
        {
            _consumer!.Commit(offsets);
        }
        catch (KafkaException e) when (!e.Error.IsFatal)
        {
            _log($"{Name}: group offsets not committed ({e.Error.Code}); checkpoints keep state exact");
        }
    }

    /// <summary>Offsets of co-partitioned inputs, read by assignment; stateful tasks resume from their checkpoints anyway.</summary>
    private void CommitFollowerOffsets(List<TopicPartitionOffset> offsets)
    {
        if (offsets.Count == 0)
        {
            return;
        }

        try
        {
            _followers!.Commit(offsets);
        }
        catch (KafkaException e) when (!e.Error.IsFatal)
        {
            _log($"{Name}: follower offsets not committed ({e.Error.Code}); checkpoints keep state exact");
        }
    }

    private void BeginTransactionIfNeeded(bool initialize)
    {
        if (!IsExactlyOnce)
        {
            return;
        }

        if (initialize)
        {
            _sender!.Producer.InitTransactions(FlushTimeout);
        }

        _sender!.Producer.BeginTransaction();
    }
}
