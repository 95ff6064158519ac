using Confluent.Kafka;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Streaming.Provisioning;
using FinanceStreams.Streaming.Settings;
using FinanceStreams.Streaming.Tests.Infrastructure;
using Streamiz.Kafka.Net;
using Streamiz.Kafka.Net.SerDes;

namespace FinanceStreams.Streaming.Tests.Provisioning;

/// <summary>On the local broker, which has no CreateTopics: Streamiz only runs once its internal topics exist.</summary>
public sealed class TopicProvisionerBrokerTests : IDisposable
{
    private readonly LocalBroker _broker = new();

    public void Dispose() => _broker.Dispose();

    [Fact]
    public async Task ProvisionAsync_LocalBroker_CreatesTheTopicsWithTheirPartitions()
    {
        using var admin = _broker.CreateTopicAdmin();

        var topics = await new TopicProvisioner(admin).ProvisionAsync(InternalTopicsTests.CreateTopology(), "app-1", 3);
        await new TopicProvisioner(admin).ProvisionAsync(InternalTopicsTests.CreateTopology(), "app-1", 3);

        var counts = await admin.GetPartitionCountsAsync([.. topics.Select(t => t.Name)]);
        Assert.Equal(2, counts.Count);
        Assert.All(counts.Values, n => Assert.Equal(3, n));
    }

    [Fact]
    public async Task ProvisionAsync_BeforeStart_StreamizRunsRepartitionAndAggregate()
    {
        const string app = "provision-e2e";
        using var admin = _broker.CreateTopicAdmin();
        await admin.EnsureTopicsAsync([new TopicSpec("orders", 3), new TopicSpec("order-counts-out", 3), new TopicSpec("rates", 1)]);
        var topology = InternalTopicsTests.CreateTopology();
        await new TopicProvisioner(admin).ProvisionAsync(topology, app, 3);
        Produce("orders", [("o1", "cc-1"), ("o2", "cc-2"), ("o3", "cc-1")]);
        var settings = StreamsSettings.Defaults(app, _broker.BootstrapServers) with { StateDir = Path.Combine(Path.GetTempPath(), $"fs-test-{Guid.NewGuid():N}"), CommitIntervalMs = 100 };
        var logs = new CollectingLoggerFactory();
        var config = settings.ToStreamConfig<StringSerDes, StringSerDes>();
        config.Logger = logs;
        var stream = new KafkaStream(topology, config);
        var states = new List<KafkaStream.State>();
        stream.StateChanged += (_, now) => states.Add(now);
        try
        {
            await stream.StartAsync().WaitAsync(TimeSpan.FromSeconds(60));

            var counts = ConsumeCounts("order-counts-out", expected: 2, TimeSpan.FromSeconds(60));

            Assert.True(counts.Count == 2, $"counts: {string.Join(", ", counts)}; states: {string.Join(" > ", states)}; log:\n{logs}");
            Assert.Equal(2, counts["cc-1"]);
            Assert.Equal(1, counts["cc-2"]);
        }
        finally
        {
            stream.Dispose();
            Directory.Delete(settings.StateDir, recursive: true);
        }
    }

    private void Produce(string topic, IEnumerable<(string Key, string Value)> records)
    {
        using var producer = new ProducerBuilder<string, string>(new ProducerConfig { BootstrapServers = _broker.BootstrapServers }).Build();
        foreach (var (key, value) in records)
        {
            producer.Produce(topic, new Message<string, string> { Key = key, Value = value });
        }

        producer.Flush(TimeSpan.FromSeconds(10));
    }

    private Dictionary<string, long> ConsumeCounts(string topic, int expected, TimeSpan timeout)
    {
        var config = new ConsumerConfig { BootstrapServers = _broker.BootstrapServers, GroupId = $"check-{Guid.NewGuid():N}", AutoOffsetReset = AutoOffsetReset.Earliest };
        using var consumer = new ConsumerBuilder<string, long>(config).SetValueDeserializer(new Int64BigEndian()).Build();
        consumer.Subscribe(topic);
        var latest = new Dictionary<string, long>();
        var deadline = TimeProvider.System.GetUtcNow() + timeout;
        while ((latest.Count < expected || latest.Values.Sum() < 3) && TimeProvider.System.GetUtcNow() < deadline)
        {
            var result = consumer.Consume(TimeSpan.FromMilliseconds(500));
            if (result is not null)
            {
                latest[result.Message.Key] = result.Message.Value;
            }
        }

        return latest;
    }

    /// <summary>Streamiz's <c>Int64SerDes</c> writes <see cref="BitConverter"/> bytes.</summary>
    private sealed class Int64BigEndian : IDeserializer<long>
    {
        public long Deserialize(ReadOnlySpan<byte> data, bool isNull, SerializationContext context) => BitConverter.ToInt64(data);
    }
}
