using System.Text;
using Confluent.Kafka;
using FinanceStreams.IntegrationTests.Infrastructure;
using StreamKit;
using StreamKit.Dsl;
using StreamKit.Graph;
using StreamKit.Processing;
using StreamKit.Runtime;
using StreamKit.Serialization;
using StreamKit.State;

namespace FinanceStreams.IntegrationTests.Runtime;

/// <summary>A one-store application for runtime tests: keeps the latest value of each input key in <see cref="Store"/>.</summary>
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
