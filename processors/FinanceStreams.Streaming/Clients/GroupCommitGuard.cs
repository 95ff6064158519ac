using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace FinanceStreams.Streaming.Clients;

/// <summary>
/// A stream thread's consumer whose offset commits, when refused because the group is changing
/// (<c>RebalanceInProgress</c>, <c>IllegalGeneration</c>, <c>UnknownMemberId</c>), are logged and skipped
/// instead of thrown, and whose close gives up after <c>closeTimeout</c> (30 s by default); every other call
/// and error passes through unchanged.
/// </summary>
/// <remarks>
/// Streamiz 1.8.2 turns such a refusal into a <c>TaskMigratedException</c>. When the refused commit is the
/// one its revocation callback makes, the exception leaves the callback with the task manager's
/// "rebalance in progress" flag still set, and the stream thread stops polling for good: in the scaling
/// scenario the instance that stayed kept its group membership in name only and processed nothing more.
/// Skipping the commit is safe here: under at-least-once the records since the last commit are processed
/// again by whoever owns them next, and every topology is exact under replay (docs/runtime.md); the
/// rebalance that refused the commit then revokes the tasks through Streamiz's normal path.
/// A close during a rebalance was seen to hang for good inside librdkafka (<c>consumer_close</c> → rebalance
/// callback → <c>rd_kafka_assign</c>), and Streamiz joins its stream threads without a time limit: a test
/// stopping two instances one after the other never ended. After the timeout the close is left to itself on a
/// pool thread and the consumer is not disposed (destroying it under a running close is not safe); the group
/// drops the member after its session timeout, and its uncommitted records are processed again.
/// A plain decorator: the stream thread calls <c>Consume</c> for every record.
/// </remarks>
public sealed class GroupCommitGuard(IConsumer<byte[], byte[]> inner, ILogger log, TimeSpan? closeTimeout = null) : IConsumer<byte[], byte[]>
{
    private readonly TimeSpan _closeTimeout = closeTimeout ?? TimeSpan.FromSeconds(30);
    private bool _closeAbandoned;

    private static readonly ErrorCode[] GroupChanging = [ErrorCode.RebalanceInProgress, ErrorCode.IllegalGeneration, ErrorCode.UnknownMemberId];
    private readonly IConsumer<byte[], byte[]> _inner = inner ?? throw new ArgumentNullException(nameof(inner));
    private readonly ILogger _log = log ?? throw new ArgumentNullException(nameof(log));

    /// <summary>Commits refused by a group change since the consumer was created.</summary>
    public long SkippedCommits { get; private set; }

    /// <inheritdoc/>
    public Handle Handle => _inner.Handle;

    /// <inheritdoc/>
    public string Name => _inner.Name;

    /// <inheritdoc/>
    public string MemberId => _inner.MemberId;

    /// <inheritdoc/>
    public List<TopicPartition> Assignment => _inner.Assignment;

    /// <inheritdoc/>
    public List<string> Subscription => _inner.Subscription;

    /// <inheritdoc/>
    public IConsumerGroupMetadata ConsumerGroupMetadata => _inner.ConsumerGroupMetadata;

    /// <inheritdoc/>
    public void Commit(IEnumerable<TopicPartitionOffset> offsets) => Guarded(() => _inner.Commit(offsets));

    /// <inheritdoc/>
    public void Commit(ConsumeResult<byte[], byte[]> result) => Guarded(() => _inner.Commit(result));

    /// <inheritdoc/>
    public List<TopicPartitionOffset> Commit() => _inner.Commit();

    /// <inheritdoc/>
    public ConsumeResult<byte[], byte[]> Consume(int millisecondsTimeout) => _inner.Consume(millisecondsTimeout);

    /// <inheritdoc/>
    public ConsumeResult<byte[], byte[]> Consume(CancellationToken cancellationToken = default) => _inner.Consume(cancellationToken);

    /// <inheritdoc/>
    public ConsumeResult<byte[], byte[]> Consume(TimeSpan timeout) => _inner.Consume(timeout);

    /// <inheritdoc/>
    public int AddBrokers(string brokers) => _inner.AddBrokers(brokers);

    /// <inheritdoc/>
    public void SetSaslCredentials(string username, string password) => _inner.SetSaslCredentials(username, password);

    /// <inheritdoc/>
    public void Subscribe(IEnumerable<string> topics) => _inner.Subscribe(topics);

    /// <inheritdoc/>
    public void Subscribe(string topic) => _inner.Subscribe(topic);

    /// <inheritdoc/>
    public void Unsubscribe() => _inner.Unsubscribe();

    /// <inheritdoc/>
    public void Assign(TopicPartition partition) => _inner.Assign(partition);

    /// <inheritdoc/>
    public void Assign(TopicPartitionOffset partition) => _inner.Assign(partition);

    /// <inheritdoc/>
    public void Assign(IEnumerable<TopicPartitionOffset> partitions) => _inner.Assign(partitions);

    /// <inheritdoc/>
    public void Assign(IEnumerable<TopicPartition> partitions) => _inner.Assign(partitions);

    /// <inheritdoc/>
    public void IncrementalAssign(IEnumerable<TopicPartitionOffset> partitions) => _inner.IncrementalAssign(partitions);

    /// <inheritdoc/>
    public void IncrementalAssign(IEnumerable<TopicPartition> partitions) => _inner.IncrementalAssign(partitions);

    /// <inheritdoc/>
    public void IncrementalUnassign(IEnumerable<TopicPartition> partitions) => _inner.IncrementalUnassign(partitions);

    /// <inheritdoc/>
    public void Unassign() => _inner.Unassign();

    /// <inheritdoc/>
    public void StoreOffset(ConsumeResult<byte[], byte[]> result) => _inner.StoreOffset(result);

    /// <inheritdoc/>
    public void StoreOffset(TopicPartitionOffset offset) => _inner.StoreOffset(offset);

    /// <inheritdoc/>
    public void Seek(TopicPartitionOffset tpo) => _inner.Seek(tpo);

    /// <inheritdoc/>
    public void Pause(IEnumerable<TopicPartition> partitions) => _inner.Pause(partitions);

    /// <inheritdoc/>
    public void Resume(IEnumerable<TopicPartition> partitions) => _inner.Resume(partitions);

    /// <inheritdoc/>
    public List<TopicPartitionOffset> Committed(TimeSpan timeout) => _inner.Committed(timeout);

    /// <inheritdoc/>
    public List<TopicPartitionOffset> Committed(IEnumerable<TopicPartition> partitions, TimeSpan timeout) => _inner.Committed(partitions, timeout);

    /// <inheritdoc/>
    public Offset Position(TopicPartition partition) => _inner.Position(partition);

    /// <inheritdoc/>
    public List<TopicPartitionOffset> OffsetsForTimes(IEnumerable<TopicPartitionTimestamp> timestampsToSearch, TimeSpan timeout) => _inner.OffsetsForTimes(timestampsToSearch, timeout);

    /// <inheritdoc/>
    public WatermarkOffsets GetWatermarkOffsets(TopicPartition topicPartition) => _inner.GetWatermarkOffsets(topicPartition);

    /// <inheritdoc/>
    public WatermarkOffsets QueryWatermarkOffsets(TopicPartition topicPartition, TimeSpan timeout) => _inner.QueryWatermarkOffsets(topicPartition, timeout);

    /// <inheritdoc/>
    public void Close()
    {
        // A thread of its own: a busy thread pool must not hold the close back until the timeout gives up on it.
        var closing = Task.Factory.StartNew(_inner.Close, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (Task.WaitAny([closing], _closeTimeout) == 0)
        {
            closing.GetAwaiter().GetResult();
            return;
        }

        _closeAbandoned = true;
        GuardLog.CloseAbandoned(_log, _inner.Name, _closeTimeout.TotalSeconds);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!_closeAbandoned)
        {
            _inner.Dispose();
        }
    }

    private void Guarded(Action commit)
    {
        try
        {
            commit();
        }
        catch (KafkaException refused) when (GroupChanging.Contains(refused.Error.Code))
        {
            SkippedCommits++;
            GuardLog.CommitSkipped(_log, _inner.Name, refused.Error.Code);
        }
    }
}
