using System.Text;
using Confluent.Kafka;
using FinanceStreams.IntegrationTests.Infrastructure;
using StreamKit.Admin;
using StreamKit.Processing;
using StreamKit.Runtime;
using StreamKit.State;

namespace FinanceStreams.IntegrationTests.Runtime;

/// <summary>Restore applies only batches closed by a checkpoint, whatever else the changelog holds.</summary>
[Collection(KafkaCollection.Name)]
public sealed class ChangelogRestorerTests(KafkaCluster cluster)
{
    [Fact]
    public async Task Restore_BatchWithoutCheckpoint_IsNotAppliedAndItsKeysAreReportedForRepair()
    {
        var topic = $"it.restore.{Guid.NewGuid():N}-changelog";
        using (var admin = cluster.CreateTopicAdmin())
        {
            await admin.EnsureTopicsAsync([new TopicSpec(topic, 1, CleanupPolicy.Compact)]);
        }

        using (var producer = new ProducerBuilder<byte[]?, byte[]?>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers }).Build())
        {
            Send(producer, topic, "a", "1", batch: 0);
            Send(producer, topic, "b", "1", batch: 0);
            SendCheckpoint(producer, topic, new Checkpoint(0, new Dictionary<string, long> { ["in/0"] = 2 }, 100));
            Send(producer, topic, "a", "2", batch: 1);
            SendCheckpoint(producer, topic, new Checkpoint(1, new Dictionary<string, long> { ["in/0"] = 3 }, 200));
            Send(producer, topic, "a", "crashed", batch: 2);
            Send(producer, topic, "c", "crashed", batch: 2);
            producer.Flush();
        }

        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(new ConsumerConfig { BootstrapServers = cluster.BootstrapServers, GroupId = "restore-test", EnablePartitionEof = true, EnableAutoCommit = false }).Build();
        using var store = new InMemoryKeyValueBytesStore("s");
        var outcome = new ChangelogRestorer(consumer, TimeSpan.FromSeconds(10)).Restore(store, new TopicPartition(topic, 0), maxBatch: null);

        Assert.Equal("2", Text(store.Get(Bytes("a"))));
        Assert.Equal("1", Text(store.Get(Bytes("b"))));
        Assert.Null(store.Get(Bytes("c")));
        Assert.Equal(1, outcome.Checkpoint!.BatchId);
        Assert.Equal(3, outcome.Checkpoint.Offsets["in/0"]);
        Assert.Equal(2, outcome.MaxBatchSeen);
        Assert.Equal(["a", "c"], outcome.OrphanKeys.Select(Text).Order());

        using var limited = new InMemoryKeyValueBytesStore("s0");
        new ChangelogRestorer(consumer, TimeSpan.FromSeconds(10)).Restore(limited, new TopicPartition(topic, 0), maxBatch: 0);
        Assert.Equal("1", Text(limited.Get(Bytes("a"))));
    }

    private static void Send(IProducer<byte[]?, byte[]?> producer, string topic, string key, string value, long batch) =>
        producer.Produce(new TopicPartition(topic, 0), new Message<byte[]?, byte[]?>
        {
            Key = Bytes(key),
            Value = Bytes(value),
            Headers = RecordHeaders.Empty.Add(Checkpoint.BatchHeader, $"{batch}").ToKafka(),
        });

    private static void SendCheckpoint(IProducer<byte[]?, byte[]?> producer, string topic, Checkpoint checkpoint) =>
        producer.Produce(new TopicPartition(topic, 0), new Message<byte[]?, byte[]?>
        {
            Key = Checkpoint.Key,
            Value = checkpoint.ToBytes(),
            Headers = RecordHeaders.Empty.Add(Checkpoint.Header, "1").Add(Checkpoint.BatchHeader, $"{checkpoint.BatchId}").ToKafka(),
        });

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string? Text(byte[]? bytes) => bytes is null ? null : Encoding.UTF8.GetString(bytes);
}
