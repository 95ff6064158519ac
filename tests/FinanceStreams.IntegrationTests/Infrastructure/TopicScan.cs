using Confluent.Kafka;

namespace FinanceStreams.IntegrationTests.Infrastructure;

/// <summary>Reads whole topics, every partition from its first offset to the end it had when the scan began, without a consumer group.</summary>
internal sealed class TopicScan(string bootstrapServers) : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly IConsumer<byte[], byte[]?> _consumer = new ConsumerBuilder<byte[], byte[]?>(new ConsumerConfig
    {
        BootstrapServers = bootstrapServers,
        GroupId = $"scan-{Guid.NewGuid():N}",
        EnableAutoCommit = false,
    }).SetLogHandler((_, _) => { }).Build();

    private readonly IAdminClient _admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = bootstrapServers }).SetLogHandler((_, _) => { }).Build();

    public IEnumerable<ConsumeResult<byte[], byte[]?>> All(string topic)
    {
        var partitions = _admin.GetMetadata(topic, Timeout).Topics.Single().Partitions.Select(p => new TopicPartition(topic, p.PartitionId)).ToList();
        foreach (var partition in partitions)
        {
            var end = _consumer.QueryWatermarkOffsets(partition, Timeout).High;
            if (end == 0)
            {
                continue;
            }

            _consumer.Assign(new TopicPartitionOffset(partition, Offset.Beginning));
            var deadline = DateTimeOffset.UtcNow + Timeout;
            while (_consumer.Position(partition).Value < end)
            {
                if (_consumer.Consume(TimeSpan.FromMilliseconds(500)) is { } record)
                {
                    yield return record;
                }
                else if (DateTimeOffset.UtcNow > deadline)
                {
                    throw new TimeoutException($"{partition}: nothing read before offset {end}");
                }
            }
        }

        _consumer.Unassign();
    }

    public void Dispose()
    {
        _consumer.Close();
        _consumer.Dispose();
        _admin.Dispose();
    }
}
