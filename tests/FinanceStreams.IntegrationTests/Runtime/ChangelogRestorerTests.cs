using System.Text;
using Confluent.Kafka;
using FinanceStreams.IntegrationTests.Infrastructure;
using StreamKit.Admin;
using StreamKit.Errors;
using StreamKit.Processing;
using StreamKit.Runtime;
using StreamKit.State;

namespace FinanceStreams.IntegrationTests.Runtime;

/// <summary>Restore applies what checkpoints closed, also after compaction, ignores a fenced former owner, and notices a changelog that lost records.</summary>
[Collection(KafkaCollection.Name)]
public sealed class ChangelogRestorerTests(KafkaCluster cluster) : IDisposable
{
    private string _topic = string.Empty;
    private IConsumer<byte[]?, byte[]?>? _consumer;

    public void Dispose() => _consumer?.Dispose();

    [Fact]
    public async Task Restore_BatchWithoutCheckpoint_IsNotAppliedAndItsKeysAreReportedForRepair()
    {
        var topic = await ChangelogAsync(p =>
        {
            Send(p, "a", "1", batch: 0);
            Send(p, "b", "1", batch: 0);
            SendCheckpoint(p, new Checkpoint(0, new Dictionary<string, long> { ["in/0"] = 2 }, 100));
            Send(p, "a", "2", batch: 1);
            SendCheckpoint(p, new Checkpoint(1, new Dictionary<string, long> { ["in/0"] = 3 }, 200));
            Send(p, "a", "crashed", batch: 2);
            Send(p, "c", "crashed", batch: 2);
        });

        using var store = new InMemoryKeyValueBytesStore("s");
        var outcome = Restorer().Restore(store, topic, maxBatch: null);

        Assert.Equal("2", Text(store.Get(Bytes("a"))));
        Assert.Equal("1", Text(store.Get(Bytes("b"))));
        Assert.Null(store.Get(Bytes("c")));
        Assert.Equal(1, outcome.Checkpoint!.BatchId);
        Assert.Equal(3, outcome.Checkpoint.Offsets["in/0"]);
        Assert.Equal(2, outcome.MaxBatchSeen);
        Assert.Equal(["a", "c"], outcome.OrphanKeys.Select(Text).Order());
        Assert.Equal([2L], outcome.AbortedBatches);

        using var limited = new InMemoryKeyValueBytesStore("s0");
        Restorer().Restore(limited, topic, maxBatch: 0);
        Assert.Equal("1", Text(limited.Get(Bytes("a"))));
    }

    [Fact]
    public async Task Restore_CompactedChangelog_AppliesBatchesWhoseCheckpointsCompactionRemoved()
    {
        // What compaction leaves of: b=1 a=1 (batch 0), checkpoint 0, a=2 (batch 1), checkpoint 1.
        var topic = await ChangelogAsync(p =>
        {
            Send(p, "b", "1", batch: 0);
            Send(p, "a", "2", batch: 1);
            SendCheckpoint(p, new Checkpoint(1, new Dictionary<string, long> { ["in/0"] = 3 }, 200, KeyCounts: new Dictionary<string, long> { ["s"] = 2 }));
        });

        using var store = new InMemoryKeyValueBytesStore("s");
        var outcome = Restorer().Restore(store, topic, maxBatch: null);

        Assert.Equal("1", Text(store.Get(Bytes("b"))));
        Assert.Equal("2", Text(store.Get(Bytes("a"))));
        Assert.Empty(outcome.OrphanKeys);
    }

    [Fact]
    public async Task Restore_BatchALaterCheckpointNamesAborted_IsNotApplied()
    {
        var topic = await ChangelogAsync(p =>
        {
            Send(p, "a", "1", batch: 0);
            SendCheckpoint(p, new Checkpoint(0, new Dictionary<string, long> { ["in/0"] = 1 }, 100));
            Send(p, "a", "crashed", batch: 1);
            Send(p, "c", "crashed", batch: 1);
            Send(p, "d", "4", batch: 2);
            SendCheckpoint(p, new Checkpoint(2, new Dictionary<string, long> { ["in/0"] = 2 }, 200, Aborted: [1], KeyCounts: new Dictionary<string, long> { ["s"] = 2 }));
        });

        using var store = new InMemoryKeyValueBytesStore("s");
        var outcome = Restorer().Restore(store, topic, maxBatch: null);

        Assert.Equal("1", Text(store.Get(Bytes("a"))));
        Assert.Null(store.Get(Bytes("c")));
        Assert.Equal("4", Text(store.Get(Bytes("d"))));
        Assert.Empty(outcome.OrphanKeys);
    }

    [Fact]
    public async Task Restore_ChangelogLostRecords_FailsNamingTheLoss()
    {
        // The checkpoint counted three keys; the record of the third is gone (deleted by size or time, not compacted).
        var topic = await ChangelogAsync(p =>
        {
            Send(p, "a", "1", batch: 4);
            Send(p, "b", "1", batch: 4);
            SendCheckpoint(p, new Checkpoint(4, new Dictionary<string, long> { ["in/0"] = 9 }, 100, KeyCounts: new Dictionary<string, long> { ["s"] = 3 }));
        });

        using var store = new InMemoryKeyValueBytesStore("s");
        var error = Assert.Throws<FatalStreamsException>(() => Restorer().Restore(store, topic, maxBatch: null));

        Assert.Contains("Store 's' restored 2 keys", error.Message, StringComparison.Ordinal);
        Assert.Contains("counted 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("lost records", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_FormerOwnerWritesAfterANewerClaim_ItsRecordsAreIgnoredAndItsKeysReported()
    {
        var topic = await ChangelogAsync(p =>
        {
            SendClaim(p, 1);
            Send(p, "a", "1", batch: 0, epoch: 1);
            Send(p, "b", "1", batch: 0, epoch: 1);
            SendCheckpoint(p, new Checkpoint(0, new Dictionary<string, long> { ["in/0"] = 2 }, 100, KeyCounts: new Dictionary<string, long> { ["s"] = 2 }), epoch: 1);
            SendClaim(p, 2);

            // the former owner (epoch 1) has not noticed yet; the new one (epoch 2) goes on from checkpoint 0
            Send(p, "a", "zombie", batch: 1, epoch: 1);
            Send(p, "c", "zombie", batch: 1, epoch: 1);
            Send(p, "b", "2", batch: 1, epoch: 2);
            SendCheckpoint(p, new Checkpoint(1, new Dictionary<string, long> { ["in/0"] = 3 }, 200, KeyCounts: new Dictionary<string, long> { ["s"] = 3 }), epoch: 1);
            Send(p, "a", "2", batch: 1, epoch: 2);
            SendCheckpoint(p, new Checkpoint(1, new Dictionary<string, long> { ["in/0"] = 4 }, 300, KeyCounts: new Dictionary<string, long> { ["s"] = 2 }), epoch: 2);
        });

        using var store = new InMemoryKeyValueBytesStore("s");
        var outcome = Restorer().Restore(store, topic, maxBatch: null);

        Assert.Equal("2", Text(store.Get(Bytes("a"))));
        Assert.Equal("2", Text(store.Get(Bytes("b"))));
        Assert.Null(store.Get(Bytes("c")));
        Assert.Equal(4, outcome.Checkpoint!.Offsets["in/0"]);
        Assert.Equal(3, outcome.Fenced);
        Assert.Equal(["c"], outcome.OrphanKeys.Select(Text)); // "a" was written again by the owner
        Assert.Equal(2, outcome.MaxEpochSeen);
        Assert.Equal(11, outcome.End);
    }

    private async Task<TopicPartition> ChangelogAsync(Action<IProducer<byte[]?, byte[]?>> write)
    {
        var topic = $"it.restore.{Guid.NewGuid():N}-changelog";
        using (var admin = cluster.CreateTopicAdmin())
        {
            await admin.EnsureTopicsAsync([new TopicSpec(topic, 1, CleanupPolicy.Compact)]);
        }

        using var producer = new ProducerBuilder<byte[]?, byte[]?>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers }).Build();
        _topic = topic;
        write(producer);
        producer.Flush();
        return new TopicPartition(topic, 0);
    }

    private ChangelogRestorer Restorer()
    {
        _consumer ??= new ConsumerBuilder<byte[]?, byte[]?>(new ConsumerConfig { BootstrapServers = cluster.BootstrapServers, GroupId = "restore-test", EnablePartitionEof = true, EnableAutoCommit = false }).Build();
        return new ChangelogRestorer(_consumer, TimeSpan.FromSeconds(10));
    }

    private void Send(IProducer<byte[]?, byte[]?> producer, string key, string? value, long batch, long epoch = 0) =>
        producer.Produce(new TopicPartition(_topic, 0), new Message<byte[]?, byte[]?>
        {
            Key = Bytes(key),
            Value = value is null ? null : Bytes(value),
            Headers = LatestValueApp.Stamp(RecordHeaders.Empty, batch, epoch).ToKafka(),
        });

    private void SendCheckpoint(IProducer<byte[]?, byte[]?> producer, Checkpoint checkpoint, long epoch = 0) =>
        producer.Produce(new TopicPartition(_topic, 0), new Message<byte[]?, byte[]?>
        {
            Key = Checkpoint.KeyOf(epoch),
            Value = checkpoint.ToBytes(),
            Headers = LatestValueApp.Stamp(RecordHeaders.Empty.Add(Checkpoint.Header, "1"), checkpoint.BatchId, epoch).ToKafka(),
        });

    private void SendClaim(IProducer<byte[]?, byte[]?> producer, long epoch) =>
        producer.Produce(new TopicPartition(_topic, 0), new Message<byte[]?, byte[]?> { Key = OwnerEpoch.ClaimKey(epoch), Value = [], Headers = OwnerEpoch.ClaimHeaders(epoch).ToKafka() });

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string? Text(byte[]? bytes) => bytes is null ? null : Encoding.UTF8.GetString(bytes);
}
