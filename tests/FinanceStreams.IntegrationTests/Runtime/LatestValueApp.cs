using System.Text;
using Confluent.Kafka;
using FinanceStreams.IntegrationTests.Infrastructure;
using StreamKit;
using StreamKit.Admin;
using StreamKit.Dsl;
using StreamKit.Graph;
using StreamKit.Processing;
using StreamKit.Runtime;
using StreamKit.Serialization;
using StreamKit.State;

namespace FinanceStreams.IntegrationTests.Runtime;

/// <summary>
/// A one-store application for runtime tests: keeps the latest value of each input key in <see cref="Store"/>; and
/// writers for its changelog, to set up what an earlier owner left there.
/// </summary>
internal static class LatestValueApp
{
    public const string Store = "latest";

    public static string Changelog(string application) => $"{application}-{Store}-changelog";

    public static Topology Build(string application, string input)
    {
        var builder = new StreamsBuilder(application);
        builder.AddStateStore(StoreBuilders.From(Stores.KeyValueStoreBuilder(Stores.InMemoryKeyValueStore(Store), Serdes.String, Serdes.String)));
        builder.Stream(input, Consumed<string, string>.With(Serdes.String, Serdes.String))
            .Process(() => new LatestWriter(), Serdes.String, Serdes.String, "write-latest", Store);
        return builder.Build();
    }

    public static StreamsConfig Config(KafkaCluster cluster, string application, TimeSpan? commitInterval = null) => new(application, cluster.BootstrapServers)
    {
        DevBrokerControlUrl = cluster.DevBrokerControlUrl,
        StateDirectory = Path.Combine(Path.GetTempPath(), $"state-{application}"),
        CommitInterval = commitInterval ?? TimeSpan.FromMilliseconds(100),
    };

    /// <summary>Creates a fresh application's input and changelog topics (one partition each).</summary>
    public static async Task<(string Application, string Input, string Changelog)> TopicsAsync(KafkaCluster cluster, string name)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var (application, input) = ($"{name}-{run}", $"it{run}.in");
        using var admin = cluster.CreateTopicAdmin();
        await admin.EnsureTopicsAsync([new TopicSpec(input, 1), new TopicSpec(Changelog(application), 1, CleanupPolicy.Compact)]);
        return (application, input, Changelog(application));
    }

    /// <summary>A plain producer to write the topics as the test's setup.</summary>
    public static IProducer<byte[]?, byte[]?> Producer(KafkaCluster cluster) => new ProducerBuilder<byte[]?, byte[]?>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers }).Build();

    /// <summary>Writes <paramref name="checkpoint"/> to partition 0 of <paramref name="changelog"/> as an owner of <paramref name="epoch"/> would (0: no claimed epoch).</summary>
    public static void WriteCheckpoint(IProducer<byte[]?, byte[]?> producer, string changelog, Checkpoint checkpoint, long epoch = 0) =>
        producer.Produce(new TopicPartition(changelog, 0), new Message<byte[]?, byte[]?> { Key = Checkpoint.KeyOf(epoch), Value = checkpoint.ToBytes(), Headers = Stamp(RecordHeaders.Empty.Add(Checkpoint.Header, "1"), checkpoint.BatchId, epoch).ToKafka() });

    /// <summary>The headers of a changelog record of <paramref name="batch"/> written with <paramref name="epoch"/>.</summary>
    public static RecordHeaders Stamp(RecordHeaders headers, long batch, long epoch = 0)
    {
        headers = headers.Add(Checkpoint.BatchHeader, $"{batch}");
        return epoch == 0 ? headers : headers.Add(OwnerEpoch.Header, OwnerEpoch.Format(epoch));
    }

    /// <summary>Next input offsets of a checkpoint that read partition 0 of <paramref name="input"/> up to <paramref name="next"/>.</summary>
    public static Dictionary<string, long> Offsets(string input, long next) => new() { [Checkpoint.PartitionKey(input, 0)] = next };

    /// <summary>Writes one record to partition 0 of <paramref name="topic"/> (a null value is a tombstone).</summary>
    public static void Produce(IProducer<byte[]?, byte[]?> producer, string topic, string key, string? value, RecordHeaders headers) =>
        producer.Produce(new TopicPartition(topic, 0), new Message<byte[]?, byte[]?> { Key = Encoding.UTF8.GetBytes(key), Value = value is null ? null : Encoding.UTF8.GetBytes(value), Headers = headers.ToKafka() });

    /// <summary>Restores the store from what <paramref name="application"/>'s changelog holds now.</summary>
    public static InMemoryKeyValueBytesStore Restore(KafkaCluster cluster, string application)
    {
        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(new ConsumerConfig { BootstrapServers = cluster.BootstrapServers, GroupId = $"restore-{application}", EnablePartitionEof = true, EnableAutoCommit = false }).Build();
        var restored = new InMemoryKeyValueBytesStore(Store);
        new ChangelogRestorer(consumer, TimeSpan.FromSeconds(10)).Restore(restored, new TopicPartition(Changelog(application), 0), maxBatch: null);
        return restored;
    }

    private sealed class LatestWriter : IProcessor<string, string, string, string>
    {
        private IKeyValueStore<string, string>? _store;

        public void Init(IProcessorContext<string, string> context) => _store = context.GetStateStore<IKeyValueStore<string, string>>(Store);

        public void Process(Record<string, string> record) => _store!.Put(record.Key, record.Value);
    }
}
