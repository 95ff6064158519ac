using Avro.Specific;
using Confluent.Kafka;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Cdc;
using FinanceStreams.Contracts.Serialization;
using FinanceStreams.Tests.Infrastructure;
using FinanceStreams.Streaming.Partitioning;

namespace FinanceStreams.IntegrationTests.Budget;

/// <summary>Writes test CDC events to the real topics, serialized as the pipeline's sources expect (Confluent Avro).</summary>
internal sealed class BrokerCdcSink(string bootstrapServers, ContractSerdes serdes) : ICdcSink, IDisposable
{
    private readonly IProducer<byte[], byte[]?> _producer = new ProducerBuilder<byte[], byte[]?>(new ProducerConfig { BootstrapServers = bootstrapServers, EnableIdempotence = true })
        .SetDefaultPartitioner(KafkaPartitioners.Murmur2).Build();

    public void Put(ISpecificRecord row, long lsn, DebeziumOp op) => CdcRouting.Send(this, row, null, row, op, lsn, tombstoneOnly: false);

    public void Delete(ISpecificRecord row, long lsn, bool tombstone)
    {
        CdcRouting.Send(this, row, row, null, DebeziumOp.Delete, lsn, tombstoneOnly: false);
        if (tombstone)
        {
            CdcRouting.Send(this, row, null, null, DebeziumOp.Delete, lsn, tombstoneOnly: true);
        }
    }

    public void Write<TKey, TRow>(Topic<TKey, DebeziumEnvelope<TRow>> topic, TKey key, DebeziumEnvelope<TRow>? envelope, long timestamp)
        where TRow : class, ISpecificRecord
    {
        var value = envelope is null ? null : topic.ValueSerde(serdes).Serialize(envelope, SerdeContext.Value(topic.Name));
        _producer.Produce(topic.Name, new Message<byte[], byte[]?>
        {
            Key = topic.KeySerde(serdes).Serialize(key, SerdeContext.Key(topic.Name)),
            Value = value,
            Timestamp = new Timestamp(timestamp, TimestampType.CreateTime),
        });
    }

    public void Dispose()
    {
        _producer.Flush(TimeSpan.FromSeconds(30));
        _producer.Dispose();
    }
}
