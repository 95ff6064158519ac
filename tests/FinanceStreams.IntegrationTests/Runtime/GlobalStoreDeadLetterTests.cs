using Confluent.Kafka;
using FinanceStreams.IntegrationTests.Infrastructure;
using StreamKit.Admin;
using StreamKit.Dsl;
using StreamKit.Errors;
using StreamKit.Runtime;
using StreamKit.Serialization;
using StreamKit.State;

namespace FinanceStreams.IntegrationTests.Runtime;

/// <summary>A record a global store cannot read goes to the dead letters like any other; the store and the application go on.</summary>
[Collection(KafkaCollection.Name)]
public sealed class GlobalStoreDeadLetterTests(KafkaCluster cluster)
{
    [Fact]
    public async Task GlobalTable_UnreadableRecord_IsDeadLetteredAndTheStoreLoadsTheRest()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var (global, input, dlq) = ($"it{run}.rates", $"it{run}.input", $"it{run}.dlq");
        using (var admin = cluster.CreateTopicAdmin())
        {
            await admin.EnsureTopicsAsync([new TopicSpec(global, 1), new TopicSpec(input, 1), new TopicSpec(dlq, 1)]);
        }

        using (var producer = new ProducerBuilder<byte[], byte[]>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers }).Build())
        {
            await producer.ProduceAsync(global, new Message<byte[], byte[]> { Key = "a"u8.ToArray(), Value = BitConverter.GetBytes(7).Reverse().ToArray() });
            await producer.ProduceAsync(global, new Message<byte[], byte[]> { Key = "bad"u8.ToArray(), Value = [1, 2, 3] }); // not a 4-byte int
            await producer.ProduceAsync(global, new Message<byte[], byte[]> { Key = "b"u8.ToArray(), Value = BitConverter.GetBytes(9).Reverse().ToArray() });
        }

        var builder = new StreamsBuilder($"global-dlq-{run}");
        builder.GlobalTable(global, Consumed<string, int>.With(Serdes.String, Serdes.Int32), Materialized<string, int>.As("rates", Serdes.String, Serdes.Int32));
        builder.Stream(input, Consumed<string, string>.With(Serdes.String, Serdes.String)).To($"it{run}.out");
        var config = new StreamsConfig($"global-dlq-{run}", cluster.BootstrapServers)
        {
            DevBrokerControlUrl = cluster.DevBrokerControlUrl,
            RecordErrors = RecordErrorHandling.DeadLetter(dlq),
            StateDirectory = Directory.CreateTempSubdirectory("global-dlq-").FullName,
        };
        await using var streams = new KafkaStreams(builder.Build(), config);
        await streams.StartAsync();

        var dead = Assert.Single(TopicReader.Read(cluster, dlq, 1));
        Assert.Equal("bad", dead.Key);
        var store = streams.GlobalStore<string, ValueAndTimestamp<int>>("rates")!;
        Assert.Equal([("a", 7), ("b", 9)], store.All().Select(kv => (kv.Key, kv.Value.Value)).OrderBy(x => x.Key));
        Assert.Null(streams.Failure);
    }
}
