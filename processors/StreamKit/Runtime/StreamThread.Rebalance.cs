using Confluent.Kafka;
using StreamKit.Graph;
using StreamKit.Processing;

namespace StreamKit.Runtime;

/// <summary>Creating, restoring and closing tasks as the group assigns and revokes partitions.</summary>
internal sealed partial class StreamThread
{
    /// <summary>
    /// Creates the tasks of newly assigned partitions. Stateful ones are restored by the poll loop
    /// (<see cref="RestorePending"/>), not in this callback: a long restore here kept members from the group
    /// long enough to be removed from it, and each removal started another rebalance.
    /// </summary>
    private IEnumerable<TopicPartitionOffset> OnAssigned(List<TopicPartition> partitions)
    {
        foreach (var id in partitions.Select(TaskOf).Distinct().Where(id => !_tasks.ContainsKey(id) && !_pending.ContainsKey(id)).ToList())
        {
            var task = new StreamTask(id, _subtopologies[id.Subtopology], _config, _sender!, _globalStores, _repartitionTopics);
            if (task.IsStateful)
            {
                _pending.Add(id, task);
            }
            else
            {
                Start(task);
            }
        }

        IsRestoring = _pending.Count > 0;

        // Partitions of pending tasks start from the group's offset and are paused and sought once restored.
        return partitions.Select(p => new TopicPartitionOffset(p, _tasks.TryGetValue(TaskOf(p), out var task) ? task.StartOffset(p) : Offset.Unset));
    }

    /// <summary>Restores the tasks assigned since the last poll, with their input paused, and resumes it where their checkpoints say.</summary>
    private void RestorePending()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var leaders = _pending.Values.SelectMany(t => t.Inputs.Where(i => _leaderTopics.Contains(i.Topic)).Select(i => (Task: t, Partition: i))).ToList();
        _consumer!.Pause(leaders.Select(l => l.Partition));
        foreach (var task in _pending.Values.ToList())
        {
            Start(task);
            _pending.Remove(task.Id);
        }

        foreach (var (task, partition) in leaders)
        {
            _consumer.Seek(new TopicPartitionOffset(partition, task.StartOffset(partition)));
        }

        _consumer.Resume(leaders.Select(l => l.Partition));
        IsRestoring = false;
        _lastCommit = System.Diagnostics.Stopwatch.GetTimestamp(); // the restored tasks' first batch gets a whole commit interval
    }

    /// <summary>Restores <paramref name="task"/> (claiming its changelogs under at-least-once), starts it and assigns its co-partitioned inputs.</summary>
    private void Start(StreamTask task)
    {
        task.Restore(new ChangelogRestorer(_restoreConsumer!, TimeSpan.FromSeconds(10)), (store, done, total) =>
        {
            _restoreMeter.Report(task.Id.ToString(), store, done, total);
            RestoreProgress?.Invoke(task.Id, store, done, total);
        }, IsExactlyOnce ? null : ClaimChangelogs); // under exactly-once the transactions fence a former owner
        task.MoveTo(TaskState.Running);
        _tasks.Add(task.Id, task);
        _log($"{Name}: task {task.Id} running from {(task.Restored is null ? "the start" : $"checkpoint batch {task.Restored.BatchId}")} " +
            $"(member {_consumer?.MemberId}, epoch {task.Collector.Epoch}{(task.ClaimAttempts > 1 ? $", claimed at attempt {task.ClaimAttempts}" : "")}" +
            $"{(task.FencedRecords > 0 ? $", {task.FencedRecords} records of a former owner ignored" : "")})");
        var followers = task.Inputs.Where(i => !_leaderTopics.Contains(i.Topic)).Select(i => new TopicPartitionOffset(i, task.StartOffset(i))).ToList();
        if (followers.Count > 0)
        {
            _followers!.IncrementalAssign(followers);
        }
    }

    private TaskId TaskOf(TopicPartition partition) => new(_subtopologyByTopic[partition.Topic], partition.Partition);

    /// <summary>Writes this owner's claims of <paramref name="epoch"/> to changelog partitions (<see cref="OwnerEpoch"/>); returns their offsets.</summary>
    private IReadOnlyList<long> ClaimChangelogs(IReadOnlyList<TopicPartition> changelogs, long epoch)
    {
        var owner = System.Text.Encoding.UTF8.GetBytes($"{Name} {_consumer?.MemberId}");
        var now = _config.Time.GetUtcNow().ToUnixTimeMilliseconds();
        return _sender!.SendAndWait([.. changelogs.Select(c => new OutgoingRecord(c.Topic, OwnerEpoch.ClaimKey(epoch), owner, now, OwnerEpoch.ClaimHeaders(epoch), c.Partition))], FlushTimeout);
    }

    private void OnRevoked(List<TopicPartitionOffset> partitions)
    {
        DropPending(partitions.Select(p => p.TopicPartition));
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

        DropPending(partitions.Select(p => p.TopicPartition));
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

    /// <summary>Closes the tasks of <paramref name="partitions"/> that were assigned but not restored yet.</summary>
    private void DropPending(IEnumerable<TopicPartition> partitions)
    {
        foreach (var id in partitions.Where(p => _subtopologyByTopic.ContainsKey(p.Topic)).Select(TaskOf).Distinct())
        {
            if (_pending.Remove(id, out var task))
            {
                task.Dispose();
            }
        }

        IsRestoring = _pending.Count > 0;
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
