using Confluent.Kafka;
using StreamKit.Graph;
using StreamKit.Processing;

namespace StreamKit.Runtime;

/// <summary>Creating, restoring and closing tasks as the group assigns and revokes partitions.</summary>
internal sealed partial class StreamThread
{
    private IEnumerable<TopicPartitionOffset> OnAssigned(List<TopicPartition> partitions)
    {
        var byTask = partitions.GroupBy(p => new TaskId(_subtopologyByTopic[p.Topic], p.Partition)).ToList();
        IsRestoring = true;
        try
        {
            foreach (var group in byTask.Where(g => !_tasks.ContainsKey(g.Key)))
            {
                var task = new StreamTask(group.Key, _subtopologies[group.Key.Subtopology], _config, _sender!, _globalStores, _repartitionTopics);
                var restorer = new ChangelogRestorer(_restoreConsumer!, TimeSpan.FromSeconds(10));
                task.Restore(restorer, (store, done, total) =>
                {
                    _restoreMeter.Report(task.Id.ToString(), store, done, total);
                    RestoreProgress?.Invoke(task.Id, store, done, total);
                }, IsExactlyOnce ? null : ClaimChangelogs); // under exactly-once the transactions fence a former owner
                task.MoveTo(TaskState.Running);
                _tasks.Add(task.Id, task);
                _log($"{Name}: task {task.Id} running from {(task.Restored is null ? "the start" : $"checkpoint batch {task.Restored.BatchId}")} " +
                    $"(member {_consumer?.MemberId}, epoch {task.Collector.Epoch}{(task.ClaimAttempts > 1 ? $", claimed at attempt {task.ClaimAttempts}" : "")}" +
                    $"{(task.FencedRecords > 0 ? $", {task.FencedRecords} records of a former owner ignored" : "")})");
            }
        }
        finally
        {
            IsRestoring = false;
        }

        var tasks = partitions.Select(p => _tasks[new TaskId(_subtopologyByTopic[p.Topic], p.Partition)]).ToList();
        var followers = tasks.SelectMany(t => t.Inputs.Where(i => !_leaderTopics.Contains(i.Topic)).Select(i => new TopicPartitionOffset(i, t.StartOffset(i)))).ToList();
        if (followers.Count > 0)
        {
            _followers!.IncrementalAssign(followers);
        }

        return partitions.Select(p => new TopicPartitionOffset(p, _tasks[new TaskId(_subtopologyByTopic[p.Topic], p.Partition)].StartOffset(p)));
    }

    /// <summary>Writes this owner's claims of <paramref name="epoch"/> to changelog partitions (<see cref="OwnerEpoch"/>); returns their offsets.</summary>
    private IReadOnlyList<long> ClaimChangelogs(IReadOnlyList<TopicPartition> changelogs, long epoch)
    {
        var owner = System.Text.Encoding.UTF8.GetBytes($"{Name} {_consumer?.MemberId}");
        var now = _config.Time.GetUtcNow().ToUnixTimeMilliseconds();
        return _sender!.SendAndWait([.. changelogs.Select(c => new OutgoingRecord(c.Topic, OwnerEpoch.ClaimKey(epoch), owner, now, OwnerEpoch.ClaimHeaders(epoch), c.Partition))], FlushTimeout);
    }

    private void OnRevoked(List<TopicPartitionOffset> partitions)
    {
        var revoked = Owning(partitions.Select(p => p.TopicPartition));
        Commit([.. revoked.Where(t => t.HasBatch)]);
        Close(revoked);
    }

    private void OnLost(List<TopicPartitionOffset> partitions)
    {
        // Another member may own these tasks already: drop their batches; restore rebuilds from checkpoints.
        if (IsExactlyOnce)
        {
            _sender!.Producer.AbortTransaction();
            BeginTransactionIfNeeded(initialize: false);
        }

        var lost = Owning(partitions.Select(p => p.TopicPartition));
        if (lost.Count > 0)
        {
            _log($"{Name}: tasks {string.Join(", ", lost.Select(t => t.Id))} lost without a revoke (member {_consumer?.MemberId}); closed without committing");
        }

        Close(lost);
    }

    /// <summary>Reports restore progress: task, store, records done, records in all.</summary>
    public Action<TaskId, string, long, long>? RestoreProgress { get; set; }

    private List<StreamTask> Owning(IEnumerable<TopicPartition> partitions)
    {
        var ids = partitions.Where(p => _subtopologyByTopic.ContainsKey(p.Topic)).Select(p => new TaskId(_subtopologyByTopic[p.Topic], p.Partition)).ToHashSet();
        return [.. _tasks.Values.Where(t => ids.Contains(t.Id))];
    }

    private void Close(List<StreamTask> tasks)
    {
        var followers = tasks.SelectMany(t => t.Inputs.Where(i => !_leaderTopics.Contains(i.Topic))).ToList();
        if (followers.Count > 0)
        {
            _followers!.IncrementalUnassign(followers);
        }

        foreach (var task in tasks)
        {
            task.MoveTo(TaskState.Suspended);
            task.Dispose();
            _tasks.Remove(task.Id);
        }
    }
}
