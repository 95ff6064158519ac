using Confluent.Kafka;

namespace FinanceStreams.Streaming.Clients;

/// <summary>
/// A stream thread's producer, through which the thread's stores also write their changelogs (see
/// <c>DeferredLogStore</c>) without Streamiz's per-record path (store layers, record collector, metrics), which cost
/// about a tenth of the stream thread in the budget benchmark. The producer a thread last used is its
/// <see cref="Current"/>: Streamiz produces and flushes on the stream thread. Records written with <see cref="Write"/> are
/// confirmed by <see cref="FlushWrites"/>, which the stores call before Streamiz commits the task's offsets; a write the
/// broker refused makes it throw, so the offsets are not committed. Written through the same producer, the changelog
/// records also join Streamiz's transaction under exactly-once. Every other call passes through unchanged.
/// </summary>
public sealed class StreamThreadProducer : IProducer<byte[], byte[]>
{
    [ThreadStatic]
    private static StreamThreadProducer? _current;

    private readonly IProducer<byte[], byte[]> _inner;
    private readonly Action<DeliveryReport<byte[], byte[]>> _delivered;
    private Error? _refused;

    /// <summary>Wraps <paramref name="inner"/>, the producer Streamiz gets for a stream thread.</summary>
    public StreamThreadProducer(IProducer<byte[], byte[]> inner)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _delivered = Delivered;
    }

    /// <summary>The producer this thread last produced or flushed with, or null.</summary>
    public static StreamThreadProducer? Current => _current;

    /// <inheritdoc/>
    public Handle Handle => _inner.Handle;

    /// <inheritdoc/>
    public string Name => _inner.Name;

    /// <summary>Writes <paramref name="value"/> (null: a tombstone) under <paramref name="key"/> to <paramref name="partition"/>.</summary>
    public void Write(TopicPartition partition, byte[] key, byte[]? value) =>
        _inner.Produce(partition, new Message<byte[], byte[]> { Key = key, Value = value! }, _delivered);

    /// <summary>Waits until every record sent so far is acknowledged.</summary>
    /// <exception cref="KafkaException">The broker refused a record written with <see cref="Write"/>.</exception>
    public void FlushWrites()
    {
        while (_inner.Flush(TimeSpan.FromSeconds(10)) > 0 && Volatile.Read(ref _refused) is null)
        {
        }

        if (Volatile.Read(ref _refused) is { } error)
        {
            throw new KafkaException(error);
        }
    }

    /// <inheritdoc/>
    public void Produce(string topic, Message<byte[], byte[]> message, Action<DeliveryReport<byte[], byte[]>>? deliveryHandler = null)
    {
        _current = this;
        _inner.Produce(topic, message, deliveryHandler);
    }

    /// <inheritdoc/>
    public void Produce(TopicPartition topicPartition, Message<byte[], byte[]> message, Action<DeliveryReport<byte[], byte[]>>? deliveryHandler = null)
    {
        _current = this;
        _inner.Produce(topicPartition, message, deliveryHandler);
    }

    /// <inheritdoc/>
    public Task<DeliveryResult<byte[], byte[]>> ProduceAsync(string topic, Message<byte[], byte[]> message, CancellationToken cancellationToken = default) =>
        _inner.ProduceAsync(topic, message, cancellationToken);

    /// <inheritdoc/>
    public Task<DeliveryResult<byte[], byte[]>> ProduceAsync(TopicPartition topicPartition, Message<byte[], byte[]> message, CancellationToken cancellationToken = default) =>
        _inner.ProduceAsync(topicPartition, message, cancellationToken);

    /// <inheritdoc/>
    public int Flush(TimeSpan timeout)
    {
        _current = this;
        return _inner.Flush(timeout);
    }

    /// <inheritdoc/>
    public void Flush(CancellationToken cancellationToken = default)
    {
        _current = this;
        _inner.Flush(cancellationToken);
    }

    /// <inheritdoc/>
    public int Poll(TimeSpan timeout) => _inner.Poll(timeout);

    /// <inheritdoc/>
    public void InitTransactions(TimeSpan timeout) => _inner.InitTransactions(timeout);

    /// <inheritdoc/>
    public void BeginTransaction() => _inner.BeginTransaction();

    /// <inheritdoc/>
    public void CommitTransaction(TimeSpan timeout) => _inner.CommitTransaction(timeout);

    /// <inheritdoc/>
    public void CommitTransaction() => _inner.CommitTransaction();

    /// <inheritdoc/>
    public void AbortTransaction(TimeSpan timeout) => _inner.AbortTransaction(timeout);

    /// <inheritdoc/>
    public void AbortTransaction() => _inner.AbortTransaction();

    /// <inheritdoc/>
    public void SendOffsetsToTransaction(IEnumerable<TopicPartitionOffset> offsets, IConsumerGroupMetadata groupMetadata, TimeSpan timeout) =>
        _inner.SendOffsetsToTransaction(offsets, groupMetadata, timeout);

    /// <inheritdoc/>
    public int AddBrokers(string brokers) => _inner.AddBrokers(brokers);

    /// <inheritdoc/>
    public void SetSaslCredentials(string username, string password) => _inner.SetSaslCredentials(username, password);

    /// <inheritdoc/>
    public void Dispose()
    {
        if (ReferenceEquals(_current, this))
        {
            _current = null;
        }

        _inner.Dispose();
    }

    private void Delivered(DeliveryReport<byte[], byte[]> report)
    {
        if (report.Error.IsError)
        {
            Interlocked.CompareExchange(ref _refused, report.Error, null);
        }
    }
}
