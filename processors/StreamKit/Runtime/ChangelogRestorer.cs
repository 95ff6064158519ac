using Confluent.Kafka;
using StreamKit.Processing;
using StreamKit.State;

namespace StreamKit.Runtime;

/// <summary>
/// Rebuilds one store from its changelog partition, applying only batches closed by a checkpoint
/// record (and none after <c>maxBatch</c>, when given). Never reads the group's committed offsets.
/// </summary>
internal sealed class ChangelogRestorer(IConsumer<byte[]?, byte[]?> consumer, TimeSpan timeout)
{
    /// <summary>Restores <paramref name="target"/> and reports what it found.</summary>
    public RestoreOutcome Restore(IKeyValueBytesStore target, TopicPartition changelog, long? maxBatch, Action<long, long>? progress = null)
    {
        var watermarks = consumer.QueryWatermarkOffsets(changelog, timeout);
        var outcome = new RestoreOutcome();
        if (watermarks.High.Value <= watermarks.Low.Value)
        {
            return outcome;
        }

        consumer.Assign(new TopicPartitionOffset(changelog, watermarks.Low));
        var pending = new Dictionary<long, List<KeyValuePair<byte[], byte[]?>>>();
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
                if (batch is null)
                {
                    continue; // not written by this runtime's commit protocol
                }

                outcome.MaxBatchSeen = Math.Max(outcome.MaxBatchSeen, batch.Value);
                if (Checkpoint.IsCheckpoint(headers))
                {
                    var checkpoint = Checkpoint.FromBytes(result.Message.Value!);
                    if (maxBatch is null || checkpoint.BatchId <= maxBatch)
                    {
                        Apply(target, pending, checkpoint.BatchId);
                        outcome.Checkpoint = checkpoint;
                    }
                }
                else
                {
                    Pending(pending, batch.Value).Add(KeyValuePair.Create(result.Message.Key!, result.Message.Value));
                }

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

        outcome.OrphanKeys = [.. pending.Values.SelectMany(b => b.Select(r => r.Key))];
        outcome.Restored = read;
        progress?.Invoke(read, total);
        return outcome;
    }

    private static void Apply(IKeyValueBytesStore target, Dictionary<long, List<KeyValuePair<byte[], byte[]?>>> pending, long batchId)
    {
        if (pending.Remove(batchId, out var records))
        {
            target.PutAll(records);
        }
    }

    private static List<KeyValuePair<byte[], byte[]?>> Pending(Dictionary<long, List<KeyValuePair<byte[], byte[]?>>> pending, long batch)
    {
        if (!pending.TryGetValue(batch, out var list))
        {
            list = [];
            pending.Add(batch, list);
        }

        return list;
    }
}

/// <summary>What a store's restore found.</summary>
internal sealed class RestoreOutcome
{
    /// <summary>The last checkpoint applied, or null when none was.</summary>
    public Checkpoint? Checkpoint { get; set; }

    /// <summary>The highest batch id in the changelog, applied or not (new batches must be higher).</summary>
    public long MaxBatchSeen { get; set; } = -1;

    /// <summary>Keys written by batches that were never completed: their changelog entries must be overwritten.</summary>
    public IReadOnlyList<byte[]> OrphanKeys { get; set; } = [];

    /// <summary>Changelog records read.</summary>
    public long Restored { get; set; }
}
