using Confluent.Kafka;
using StreamKit.Processing;
using StreamKit.State;

namespace StreamKit.Runtime;

/// <summary>
/// Rebuilds one store from its changelog partition. A checkpoint record applies, in log order, every
/// record before it of its batch or an earlier one, except batches it names as aborted: compaction keeps
/// only the latest checkpoint record of an owner, so earlier batches cannot wait for their own. Records
/// after the last checkpoint applied (none after <c>maxBatch</c>, when given) are left out and reported,
/// with their batches, as aborted: their keys must be rewritten. A claim (<see cref="OwnerEpoch"/>) fences
/// every later record of a lower epoch: those are not applied, and their keys, unless written again since,
/// are reported for rewriting too (compaction could otherwise keep them in place of the owner's). The store
/// must then hold as many keys as the checkpoint counted, or the changelog lost records. Never reads the
/// group's committed offsets.
/// </summary>
internal sealed class ChangelogRestorer(IConsumer<byte[]?, byte[]?> consumer, TimeSpan timeout)
{
    /// <summary>Restores <paramref name="target"/> and reports what it found.</summary>
    public RestoreOutcome Restore(IKeyValueBytesStore target, TopicPartition changelog, long? maxBatch, Action<long, long>? progress = null)
    {
        var watermarks = consumer.QueryWatermarkOffsets(changelog, timeout);
        var outcome = new RestoreOutcome { End = watermarks.High.Value };
        if (watermarks.High.Value <= watermarks.Low.Value)
        {
            return outcome;
        }

        consumer.Assign(new TopicPartitionOffset(changelog, watermarks.Low));
        var pending = new List<(long Batch, KeyValuePair<byte[], byte[]?> Record)>();
        var fenced = new HashSet<byte[]>(ByteArrayComparer.Instance); // fenced keys not written again since
        var fence = 0L; // the highest epoch claimed so far
        var read = 0L;
        var total = watermarks.High.Value - watermarks.Low.Value;
        try
        {
            while (true)
            {
                var result = consumer.Consume(timeout) ?? throw new Errors.RetriableStreamsException($"Restoring {changelog} stalled at {read} of {total} records.");
                if (result.IsPartitionEOF)
                {
                    break;
                }

                read++;
                var headers = RecordHeaders.From(result.Message.Headers);
                var batch = Checkpoint.BatchOf(headers);
                var claim = OwnerEpoch.ClaimOf(headers);
                var epoch = claim ?? OwnerEpoch.Of(headers);
                outcome.MaxEpochSeen = Math.Max(outcome.MaxEpochSeen, epoch);
                if (claim is not null)
                {
                    fence = Math.Max(fence, epoch);
                }
                else if (batch is null)
                {
                    // not written by this runtime's commit protocol
                }
                else if (epoch < fence)
                {
                    // A former owner's, written after the current owner claimed the partition.
                    outcome.Fenced++;
                    if (!Checkpoint.IsCheckpoint(headers))
                    {
                        fenced.Add(result.Message.Key!);
                    }
                }
                else if (Checkpoint.IsCheckpoint(headers))
                {
                    var checkpoint = Checkpoint.FromBytes(result.Message.Value!);
                    if (maxBatch is null || checkpoint.BatchId <= maxBatch)
                    {
                        Apply(target, pending, checkpoint);
                        outcome.Checkpoint = checkpoint;
                    }
                }
                else
                {
                    pending.Add((batch.Value, KeyValuePair.Create(result.Message.Key!, result.Message.Value)));
                    fenced.Remove(result.Message.Key!);
                }

                outcome.MaxBatchSeen = Math.Max(outcome.MaxBatchSeen, batch ?? -1);

                if (result.Offset.Value + 1 >= watermarks.High.Value)
                {
                    break;
                }

                progress?.Invoke(read, total);
            }
        }
        finally
        {
            consumer.Unassign();
        }

        outcome.OrphanKeys = [.. pending.Select(p => p.Record.Key), .. fenced];
        outcome.AbortedBatches = [.. pending.Select(p => p.Batch).Distinct()];
        outcome.Restored = read;
        progress?.Invoke(read, total);
        VerifyKeyCount(target, changelog, watermarks.Low, outcome.Checkpoint);
        return outcome;
    }

    private static void Apply(IKeyValueBytesStore target, List<(long Batch, KeyValuePair<byte[], byte[]?> Record)> pending, Checkpoint checkpoint)
    {
        var aborted = (checkpoint.Aborted ?? []).ToHashSet();
        target.PutAll([.. pending.Where(p => p.Batch <= checkpoint.BatchId && !aborted.Contains(p.Batch)).Select(p => p.Record)]);
        pending.RemoveAll(p => p.Batch <= checkpoint.BatchId);
    }

    /// <summary>Fails when the store holds fewer or more keys than the checkpoint counted (only stores that count exactly are compared).</summary>
    private static void VerifyKeyCount(IKeyValueBytesStore target, TopicPartition changelog, Offset low, Checkpoint? checkpoint)
    {
        if (checkpoint?.KeyCounts is not { } counts || !counts.TryGetValue(target.Name, out var expected) || !Checkpoint.CountsExactly(target) || target.ApproximateCount == expected)
        {
            return;
        }

        throw new Errors.FatalStreamsException(
            $"Store '{target.Name}' restored {target.ApproximateCount} keys from {changelog.Topic} [{changelog.Partition.Value}], but its checkpoint (batch {checkpoint.BatchId}) " +
            $"counted {expected}: the changelog lost records (it starts at offset {low.Value}). A changelog must be compacted, never deleted by time or size " +
            "(the local broker keeps only the last 5 MiB of a partition). The state cannot be rebuilt from it: reset the application and reprocess its sources.");
    }
}

/// <summary>What a store's restore found.</summary>
internal sealed class RestoreOutcome
{
    /// <summary>The last checkpoint applied, or null when none was.</summary>
    public Checkpoint? Checkpoint { get; set; }

    /// <summary>The highest batch id in the changelog, applied or not (new batches must be higher).</summary>
    public long MaxBatchSeen { get; set; } = -1;

    /// <summary>Keys written by batches that were never completed, or by a fenced former owner: their changelog entries must be overwritten.</summary>
    public IReadOnlyList<byte[]> OrphanKeys { get; set; } = [];

    /// <summary>The batches those keys were written by: later checkpoints name them as aborted.</summary>
    public IReadOnlyList<long> AbortedBatches { get; set; } = [];

    /// <summary>The highest owner epoch in the changelog, claimed or written with (a new owner claims a higher one).</summary>
    public long MaxEpochSeen { get; set; }

    /// <summary>Records not applied because a former owner wrote them after a newer owner's claim.</summary>
    public long Fenced { get; set; }

    /// <summary>The offset after the last record this restore read up to: where a claim written next must land.</summary>
    public long End { get; set; }

    /// <summary>Changelog records read.</summary>
    public long Restored { get; set; }
}
