using System.Text;
using Confluent.Kafka;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Streaming.DeadLetters;
using FinanceStreams.Streaming.Tests.Infrastructure;

namespace FinanceStreams.Streaming.Tests.DeadLetters;

/// <summary>On the local broker: what the writer keeps, the project's existing replayer sends back.</summary>
public sealed class DeadLetterWriterBrokerTests : IDisposable
{
    private readonly LocalBroker _broker = new();

    public void Dispose() => _broker.Dispose();

    [Fact]
    public async Task Write_ThenReplay_RestoresTheOriginalRecordOnItsPartition()
    {
        using (var admin = _broker.CreateTopicAdmin())
        {
            await admin.EnsureTopicsAsync([new TopicSpec("finance.dlq", 1), new TopicSpec("orders", 3)]);
        }

        using (var writer = DeadLetterWriter.Create(_broker.BootstrapServers, "budget-app"))
        {
            var original = new DeadLetterRecord("orders", 2, 17, new Timestamp(1_700_000_000_000, TimestampType.CreateTime), "k"u8.ToArray(), [0xDE, 0xAD], new Headers { { "trace", "t-9"u8.ToArray() } });
            writer.Write(original, new FormatException("bad"), "validate");
        }

        var replayed = new DeadLetterReplayer(_broker.BootstrapServers).Replay("finance.dlq", h => h.LastString(DeadLetterHeaders.Topology) == "budget-app");

        Assert.Equal(1, replayed);
        var back = ConsumeOne("orders", 2);
        Assert.Equal("k"u8.ToArray(), back.Message.Key);
        Assert.Equal([0xDE, 0xAD], back.Message.Value);
        Assert.Equal("t-9", Encoding.UTF8.GetString(Assert.Single(back.Message.Headers).GetValueBytes()));
        Assert.Equal(1_700_000_000_000, back.Message.Timestamp.UnixTimestampMs);
    }

    private ConsumeResult<byte[], byte[]> ConsumeOne(string topic, int partition)
    {
        var config = new ConsumerConfig { BootstrapServers = _broker.BootstrapServers, GroupId = $"check-{Guid.NewGuid():N}" };
        using var consumer = new ConsumerBuilder<byte[], byte[]>(config).Build();
        consumer.Assign(new TopicPartitionOffset(topic, partition, Offset.Beginning));
        return consumer.Consume(TimeSpan.FromSeconds(20)) ?? throw new TimeoutException($"nothing on {topic}[{partition}]");
    }
}
