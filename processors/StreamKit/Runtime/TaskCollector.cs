using StreamKit.Graph;

namespace StreamKit.Runtime;

/// <summary>
/// A task's record collector: stamps every changelog record with the current batch id and the owner's
/// epoch, counts the batch's records and hands everything to the thread's producer.
/// </summary>
internal sealed class TaskCollector(RecordSender sender, IReadOnlySet<string> changelogTopics, IReadOnlySet<string> repartitionTopics) : IRecordCollector
{
    private Processing.RecordMetadata? _origin;
    private int _sequence;

    /// <summary>The input record being processed, stamped on repartition records as their origin.</summary>
    public Func<Processing.RecordMetadata?> CurrentInput { get; set; } = () => null;

    public long BatchId { get; set; }

    /// <summary>The epoch this owner claimed its changelogs with (<see cref="OwnerEpoch"/>); 0 when it claimed none.</summary>
    public long Epoch { get; set; }

    /// <summary>Records sent in the current batch (outputs and changelogs).</summary>
    public int SentInBatch { get; private set; }

    public void Send(OutgoingRecord record)
    {
        var headers = changelogTopics.Contains(record.Topic)
            ? Stamp(record.Headers)
            : repartitionTopics.Contains(record.Topic) ? WithOrigin(record.Headers) : record.Headers;
        sender.Send(record with { Headers = headers });
        SentInBatch++;
    }

    /// <summary>Writes <paramref name="checkpoint"/> to every changelog partition of the task and starts a new batch.</summary>
    public void CompleteBatch(Checkpoint checkpoint, int partition)
    {
        var headers = Stamp(Processing.RecordHeaders.Empty.Add(Checkpoint.Header, "1"));
        foreach (var topic in changelogTopics)
        {
            sender.Send(new OutgoingRecord(topic, Checkpoint.KeyOf(Epoch), checkpoint.ToBytes(), checkpoint.StreamTime, headers, partition));
        }

        BatchId++;
        SentInBatch = 0;
    }

    private Processing.RecordHeaders Stamp(Processing.RecordHeaders headers)
    {
        headers = headers.Set(Checkpoint.BatchHeader, BatchId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Epoch == 0 ? headers : headers.Set(OwnerEpoch.Header, OwnerEpoch.Format(Epoch));
    }

    private Processing.RecordHeaders WithOrigin(Processing.RecordHeaders headers)
    {
        if (CurrentInput() is not { } input)
        {
            return headers; // written by a punctuator: no input record to name
        }

        if (input != _origin)
        {
            (_origin, _sequence) = (input, 0);
        }

        return headers.Set(OriginMark.Header, OriginMark.Format(input, _sequence++));
    }
}
