using System.Text;
using Confluent.Kafka;
using FinanceStreams.IntegrationTests.Infrastructure;
using StreamKit.Admin;
using StreamKit.Dsl;
using StreamKit.Graph;
using StreamKit.Processing;
using StreamKit.Runtime;
using StreamKit.Serialization;
using StreamKit.State;

namespace FinanceStreams.IntegrationTests.Runtime;

/// <summary>
/// After a restore, the keys a half-finished batch left in the changelog are rewritten; when the first batch after
/// the restore changes such a key again, the changelog must end with that new value, not the restored one.
/// </summary>
[Collection(KafkaCollection.Name)]
public sealed class RestoreRepairTests(KafkaCluster cluster)
{
    private const string Store = "latest";

    [Fact]
    public async Task Restore_KeyOfAHalfFinishedBatchChangedInTheNextBatch_ChangelogKeepsTheNewValue()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var (application, input) = ($"repair-{run}", $"it{run}.in");
        var changelog = $"{application}-{Store}-changelog";
        using (var admin = cluster.CreateTopicAdmin())
        {
            await admin.EnsureTopicsAsync([new TopicSpec(input, 1), new TopicSpec(changelog, 1, CleanupPolicy.Compact)]);
        }

        using (var producer = new ProducerBuilder<byte[]?, byte[]?>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers }).Build())
        {
            // input: k=v1 (applied by batch 0), then k=v2 (not yet processed)
            Produce(producer, input, "k", "v1", RecordHeaders.Empty);
            Produce(producer, input, "k", "v2", RecordHeaders.Empty);

            // changelog: batch 0 (k=v1) closed by its checkpoint, then batch 1 cut short after deleting k
            Produce(producer, changelog, "k", "v1", Batch(0));
            var checkpoint = new Checkpoint(0, new Dictionary<string, long> { [Checkpoint.PartitionKey(input, 0)] = 1 }, 0);
            producer.Produce(new TopicPartition(changelog, 0), new Message<byte[]?, byte[]?> { Key = Checkpoint.Key, Value = checkpoint.ToBytes(), Headers = Batch(0).Add(Checkpoint.Header, "1").ToKafka() });
            Produce(producer, changelog, "k", null, Batch(1));
            producer.Flush();
        }

        var builder = new StreamsBuilder(application);
        builder.AddStateStore(StoreBuilders.From(Stores.KeyValueStoreBuilder(Stores.InMemoryKeyValueStore(Store), Serdes.String, Serdes.String)));
        builder.Stream(input, Consumed<string, string>.With(Serdes.String, Serdes.String))
            .Process(() => new LatestWriter(), Serdes.String, Serdes.String, "write-latest", Store);
        await using (var streams = new KafkaStreams(builder.Build(), new StreamsConfig(application, cluster.BootstrapServers)
        {
            DevBrokerControlUrl = cluster.DevBrokerControlUrl,
            StateDirectory = Path.Combine(Path.GetTempPath(), $"state-{run}"),
            CommitInterval = TimeSpan.FromMilliseconds(100),
        }))
        {
            await streams.StartAsync();
            TopicReader.ReadUntil(cluster, changelog, records => records.Any(r => Checkpoint.IsCheckpoint(r.Headers) && Checkpoint.BatchOf(r.Headers) >= 2));
        }

        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(new ConsumerConfig { BootstrapServers = cluster.BootstrapServers, GroupId = $"restore-{run}", EnablePartitionEof = true, EnableAutoCommit = false }).Build();
        using var restored = new InMemoryKeyValueBytesStore(Store);
        new ChangelogRestorer(consumer, TimeSpan.FromSeconds(10)).Restore(restored, new TopicPartition(changelog, 0), maxBatch: null);

        Assert.Equal("v2", Encoding.UTF8.GetString(restored.Get(Encoding.UTF8.GetBytes("k")) ?? []));
    }

    private static RecordHeaders Batch(long batch) => RecordHeaders.Empty.Add(Checkpoint.BatchHeader, $"{batch}");

    private static void Produce(IProducer<byte[]?, byte[]?> producer, string topic, string key, string? value, RecordHeaders headers) =>
        producer.Produce(new TopicPartition(topic, 0), new Message<byte[]?, byte[]?> { Key = Encoding.UTF8.GetBytes(key), Value = value is null ? null : Encoding.UTF8.GetBytes(value), Headers = headers.ToKafka() });

    /// <summary>Keeps the latest value per key in <see cref="Store"/>.</summary>
    private sealed class LatestWriter : IProcessor<string, string, string, string>
    {
        private IKeyValueStore<string, string>? _store;

        public void Init(IProcessorContext<string, string> context) => _store = context.GetStateStore<IKeyValueStore<string, string>>(Store);

        public void Process(Record<string, string> record) => _store!.Put(record.Key, record.Value);
    }
}
