using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Streamiz.Kafka.Net;
using Streamiz.Kafka.Net.Kafka;
using Streamiz.Kafka.Net.Metrics;

namespace FinanceStreams.Streaming.Clients;

/// <summary>
/// Streamiz's own client supplier, except that each stream thread's consumer is wrapped in a
/// <see cref="GroupCommitGuard"/>. Give it to every <c>KafkaStream</c> of the project.
/// </summary>
public sealed class GuardedKafkaSupplier : IKafkaSupplier
{
    private readonly DefaultKafkaClientSupplier _inner;
    private readonly ILogger _log;

    /// <summary>The supplier for a stream of <paramref name="config"/>.</summary>
    public GuardedKafkaSupplier(IStreamConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        _inner = new DefaultKafkaClientSupplier(new KafkaLoggerAdapter(config), config);
        _log = config.Logger?.CreateLogger<GuardedKafkaSupplier>() ?? NullLogger<GuardedKafkaSupplier>.Instance;
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
    public IProducer<byte[], byte[]> GetProducer(ProducerConfig config) => _inner.GetProducer(config);

    /// <inheritdoc/>
    public IConsumer<byte[], byte[]> GetRestoreConsumer(ConsumerConfig config) => _inner.GetRestoreConsumer(config);

    /// <inheritdoc/>
    public IConsumer<byte[], byte[]> GetGlobalConsumer(ConsumerConfig config) => _inner.GetGlobalConsumer(config);
}
