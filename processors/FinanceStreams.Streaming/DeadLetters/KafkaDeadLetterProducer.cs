using Confluent.Kafka;

namespace FinanceStreams.Streaming.DeadLetters;

/// <summary>A Confluent.Kafka producer for dead letters: idempotent, acks from all in-sync replicas, zstd.</summary>
internal sealed class KafkaDeadLetterProducer(ProducerConfig config) : IDeadLetterProducer
{
    private readonly IProducer<byte[]?, byte[]?> _producer = new ProducerBuilder<byte[]?, byte[]?>(config).Build();

    public static ProducerConfig Config(string bootstrapServers, IReadOnlyDictionary<string, string>? clientSettings) =>
        new((clientSettings ?? new Dictionary<string, string>()).ToDictionary())
        {
            BootstrapServers = bootstrapServers,
            EnableIdempotence = true,
            Acks = Acks.All,
            CompressionType = CompressionType.Zstd,
            ClientId = "finance-streams-dlq",
        };

    public void Send(string topic, Message<byte[]?, byte[]?> message) =>
        _producer.ProduceAsync(topic, message).GetAwaiter().GetResult();

    public void Flush(TimeSpan timeout) => _producer.Flush(timeout);

    public void Dispose() => _producer.Dispose();
}
