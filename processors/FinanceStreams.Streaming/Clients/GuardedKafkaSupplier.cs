using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Streamiz.Kafka.Net;
using Streamiz.Kafka.Net.Kafka;
using Streamiz.Kafka.Net.Metrics;

namespace FinanceStreams.Streaming.Clients;

/// <summary>
/// Streamiz's own client supplier, except that each stream thread's consumer is wrapped in a
/// <see cref="GroupCommitGuard"/> and, under at-least-once, its producer in a <see cref="StreamThreadProducer"/>
/// (under exactly-once Streamiz may give each task a producer of its own, and a store's changelog must go through its
/// task's). Give it to every <c>KafkaStream</c> of the project.
/// </summary>
public sealed class GuardedKafkaSupplier : IKafkaSupplier
{
    private readonly DefaultKafkaClientSupplier _inner;
    private readonly ILogger _log;
    private readonly bool _atLeastOnce;

    /// <summary>The supplier for a stream of <paramref name="config"/>.</summary>
    public GuardedKafkaSupplier(IStreamConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        _inner = new DefaultKafkaClientSupplier(new KafkaLoggerAdapter(config), config);
        _log = config.Logger?.CreateLogger<GuardedKafkaSupplier>() ?? NullLogger<GuardedKafkaSupplier>.Instance;
        _atLeastOnce = config.Guarantee == ProcessingGuarantee.AT_LEAST_ONCE;
    }

    /// <inheritdoc/>
    public StreamMetricsRegistry MetricsRegistry
    {
        get => _inner.MetricsRegistry;
        set => _inner.MetricsRegistry = value;
    }

    /// <inheritdoc/>
    public IAdminClient GetAdmin(AdminClientConfig config) => _inner.GetAdmin(config);

    /// <inheritdoc/>
    public IConsumer<byte[], byte[]> GetConsumer(ConsumerConfig config, IConsumerRebalanceListener rebalanceListener) =>
        new GroupCommitGuard(_inner.GetConsumer(config, rebalanceListener), _log);

    /// <inheritdoc/>
    public IProducer<byte[], byte[]> GetProducer(ProducerConfig config) =>
        _atLeastOnce ? new StreamThreadProducer(_inner.GetProducer(config)) : _inner.GetProducer(config);

    /// <inheritdoc/>
    public IConsumer<byte[], byte[]> GetRestoreConsumer(ConsumerConfig config) => _inner.GetRestoreConsumer(config);

    /// <inheritdoc/>
    public IConsumer<byte[], byte[]> GetGlobalConsumer(ConsumerConfig config) => _inner.GetGlobalConsumer(config);
}
