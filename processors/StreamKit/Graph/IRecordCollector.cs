namespace StreamKit.Graph;

/// <summary>Where a task's output records (sink topics and changelogs) go.</summary>
public interface IRecordCollector
{
    /// <summary>Queues a record for sending; it is durable only after the task commits.</summary>
    void Send(OutgoingRecord record);
}
