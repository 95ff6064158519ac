using Confluent.Kafka;
using finance.audit;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Serialization;

namespace FinanceStreams.Host.Http;

/// <summary>Writes audit events to the catalog's audit topic (<see cref="Topics.Audit"/>), keyed by entity, acknowledged by all replicas.</summary>
public sealed class KafkaAuditSink : IAuditSink, IDisposable
{
    private readonly IProducer<byte[], byte[]> _producer;
    private readonly ISerde<AuditEventKey> _keys;
    private readonly ISerde<AuditEvent> _values;

    /// <summary>A sink producing to <paramref name="bootstrapServers"/> with the contract serdes of <paramref name="serdes"/>.</summary>
    public KafkaAuditSink(string bootstrapServers, ContractSerdes serdes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(bootstrapServers);
        ArgumentNullException.ThrowIfNull(serdes);
        _keys = Topics.Audit.KeySerde(serdes);
        _values = Topics.Audit.ValueSerde(serdes);
        var config = new ProducerConfig
        {
            BootstrapServers = bootstrapServers,
            ClientId = "finance-streams-http-audit",
            EnableIdempotence = true,
            Acks = Acks.All,
            MessageTimeoutMs = 10_000,
            Partitioner = Partitioner.Murmur2Random,
        };
        _producer = new ProducerBuilder<byte[], byte[]>(config).Build();
    }

    /// <inheritdoc/>
    public async Task RecordAsync(AuditEvent auditEvent, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        var topic = Topics.Audit.Name;
        var key = new AuditEventKey { entity_type = auditEvent.entity_type, entity_id = auditEvent.entity_id };
        var message = new Message<byte[], byte[]>
        {
            Key = _keys.Serialize(key, SerdeContext.Key(topic)),
            Value = _values.Serialize(auditEvent, SerdeContext.Value(topic)),
        };
        await _producer.ProduceAsync(topic, message, cancel).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _producer.Flush(TimeSpan.FromSeconds(10));
        _producer.Dispose();
    }
}
