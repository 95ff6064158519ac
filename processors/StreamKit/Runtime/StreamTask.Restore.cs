using Confluent.Kafka;
using StreamKit.State;

namespace StreamKit.Runtime;

/// <summary>Rebuilding a task's stores from its changelogs and claiming them for this owner.</summary>
internal sealed partial class StreamTask
{
    private const int MaxAbortedBatches = 1_000;
    private const int MaxClaimAttempts = 10;

    /// <summary>
    /// Restores every logged store up to the same batch and queues repairs for half-written batches. With
    /// <paramref name="claim"/> (at-least-once: writes claims of an epoch to changelog partitions and returns their
    /// offsets) it then claims the changelogs (<see cref="OwnerEpoch"/>), and restores again while another writer
    /// gets records in between.
    /// </summary>
    public void Restore(ChangelogRestorer restorer, Action<string, long, long>? progress, Func<IReadOnlyList<TopicPartition>, long, IReadOnlyList<long>>? claim = null)
    {
        MoveTo(TaskState.Restoring);
        for (ClaimAttempts = 1; ; ClaimAttempts++)
        {
            var outcomes = RestoreStores(restorer, progress);
            _aborted.UnionWith(outcomes.Values.SelectMany(o => o.AbortedBatches));
            _repairs.AddRange(outcomes.SelectMany(o => o.Value.OrphanKeys.Distinct(ByteArrayComparer.Instance).Select(key => (o.Key, key))));
            FencedRecords = outcomes.Values.Sum(o => o.Fenced);
            if (claim is null || Claim(claim, outcomes))
            {
                // A claimed owner checkpoints at its first commit: a fenced former owner's later checkpoint may
                // share its key with the last one restored, and compaction would then keep only the fenced one.
                _checkpointDue = claim is not null && IsStateful;
                Resume(outcomes);
                return;
            }

            if (ClaimAttempts == MaxClaimAttempts)
            {
                throw new Errors.RetriableStreamsException($"Task {Id}: another writer kept writing to its changelogs while it restored ({MaxClaimAttempts} times); a former owner has not stopped yet.");
            }

            foreach (var store in ChangelogTopics.Keys)
            {
                Wipe(store);
            }
        }
    }

    /// <summary>How many restores the last <see cref="Restore"/> took until its claim held.</summary>
    public int ClaimAttempts { get; private set; }

    /// <summary>Changelog records the last restore ignored because a fenced former owner wrote them.</summary>
    public long FencedRecords { get; private set; }

    private Dictionary<string, RestoreOutcome> RestoreStores(ChangelogRestorer restorer, Action<string, long, long>? progress)
    {
        var outcomes = ChangelogTopics.ToDictionary(s => s.Key, s => RestoreStore(restorer, s.Key, s.Value, null, progress));
        var common = outcomes.Values.Select(o => o.Checkpoint?.BatchId ?? -1).DefaultIfEmpty(-1).Min();
        foreach (var (store, outcome) in outcomes.Where(o => (o.Value.Checkpoint?.BatchId ?? -1) > common).ToList())
        {
            // A crash fell between the checkpoints of one commit: bring this store back to the common batch.
            Wipe(store);
            outcomes[store] = RestoreStore(restorer, store, ChangelogTopics[store], common, progress);
        }

        return outcomes;
    }

    /// <summary>Claims every changelog partition with an epoch above all seen; true when each claim follows the last record restored.</summary>
    private bool Claim(Func<IReadOnlyList<TopicPartition>, long, IReadOnlyList<long>> claim, Dictionary<string, RestoreOutcome> outcomes)
    {
        Collector.Epoch = outcomes.Values.Select(o => o.MaxEpochSeen).DefaultIfEmpty(0).Max() + 1;
        var stores = outcomes.Keys.ToList();
        var offsets = claim([.. stores.Select(s => new TopicPartition(ChangelogTopics[s], Id.Partition))], Collector.Epoch);
        return stores.Select((store, i) => offsets[i] == outcomes[store].End).All(landed => landed);
    }

    private void Resume(Dictionary<string, RestoreOutcome> outcomes)
    {
        var common = outcomes.Values.Select(o => o.Checkpoint?.BatchId ?? -1).DefaultIfEmpty(-1).Min();
        Restored = outcomes.Values.Select(o => o.Checkpoint).FirstOrDefault(c => c?.BatchId == common);
        _aborted.UnionWith(Restored?.Aborted ?? []);
        while (_aborted.Count > MaxAbortedBatches)
        {
            _aborted.Remove(_aborted.Min); // records of batches that old are long overwritten by their repairs
        }

        Collector.BatchId = outcomes.Values.Select(o => o.MaxBatchSeen).DefaultIfEmpty(-1).Max() + 1;
        if (Restored is not null)
        {
            Runtime.RestoreStreamTime(Restored.StreamTime);
            foreach (var (partition, offset) in Restored.Offsets)
            {
                _nextOffsets[partition] = offset;
            }

            _replays.Restore(Restored.Origins);
        }
    }

    private void Wipe(string store) => Target(store).PutAll([.. Target(store).All().Select(kv => KeyValuePair.Create(kv.Key, (byte[]?)null))]);

    private RestoreOutcome RestoreStore(ChangelogRestorer restorer, string store, string topic, long? maxBatch, Action<string, long, long>? progress) =>
        restorer.Restore(Target(store), new TopicPartition(topic, Id.Partition), maxBatch, (done, total) => progress?.Invoke(store, done, total));
}
