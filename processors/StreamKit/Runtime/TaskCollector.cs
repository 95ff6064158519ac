using StreamKit.Graph;

namespace StreamKit.Runtime;

/// <summary>
/// A task's record collector: stamps every changelog record with the current batch id, counts the
/// batch's changelog records and hands everything to the thread's producer.
/// </summary>
internal sealed class TaskCollector(RecordSender sender, IReadOnlySet<string> changelogTopics) : IRecordCollector
{
    public long BatchId { get; set; }

    /// <summary>Records sent in the current batch (outputs and changelogs).</summary>
    public int SentInBatch { get; private set; }

    public void Send(OutgoingRecord record)
    {
        var headers = changelogTopics.Contains(record.Topic)
            ? record.Headers.Set(Checkpoint.BatchHeader, BatchId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : record.Headers;
        sender.Send(record with { Headers = headers });
        SentInBatch++;
    }

    /// <summary>Writes <paramref name="checkpoint"/> to every changelog partition of the task and starts a new batch.</summary>
    public void CompleteBatch(Checkpoint checkpoint, int partition)
    {
        var headers = Processing.RecordHeaders.Empty.Add(Checkpoint.Header, "1").Add(Checkpoint.BatchHeader, checkpoint.BatchId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var topic in changelogTopics)
        {
            sender.Send(new OutgoingRecord(topic, Checkpoint.Key, checkpoint.ToBytes(), checkpoint.StreamTime, headers, partition));
        }

        BatchId++;
        SentInBatch = 0;
    }
}
