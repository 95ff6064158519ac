using System.Text;
using Confluent.Kafka;
using FinanceStreams.IntegrationTests.Infrastructure;
using StreamKit.Admin;
using StreamKit.Dsl;
using StreamKit.Errors;
using StreamKit.Runtime;
using StreamKit.Serialization;

namespace FinanceStreams.IntegrationTests.Runtime;

/// <summary>Bad records on a running topology land in the dead-letter topic; every valid record around them is processed.</summary>
[Collection(KafkaCollection.Name)]
public sealed class DeadLetterIntegrationTests(KafkaCluster cluster)
{
    private sealed record Payment(string Customer, decimal Amount);

    [Fact]
    public async Task RunningTopology_GarbageBadJsonAndProcessingError_GoToDeadLettersAndValidRecordsFlow()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var (input, output, dlq) = ($"it{run}.payments", $"it{run}.amounts", $"it{run}.dlq");
        using (var admin = cluster.CreateTopicAdmin())
        {
            await admin.EnsureTopicsAsync([new TopicSpec(input, 2), new TopicSpec(output, 2), new TopicSpec(dlq, 1)]);
        }

        var builder = new StreamsBuilder($"dlq-{run}");
        builder.Stream(input, Consumed<string, Payment>.With(Serdes.String, Serdes.Json<Payment>()))
            .MapValues((_, p) => p.Amount < 0 ? throw new InvalidOperationException($"negative amount {p.Amount}") : p.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture), Serdes.String, "check-amount")
            .To(output);
        var config = new StreamsConfig($"dlq-{run}", cluster.BootstrapServers)
        {
            DevBrokerControlUrl = cluster.DevBrokerControlUrl,
            RecordErrors = RecordErrorHandling.DeadLetter(dlq),
            StateDirectory = Path.Combine(Path.GetTempPath(), $"dlq-{run}"),
            CommitInterval = TimeSpan.FromMilliseconds(100),
        };
        await using (var streams = new KafkaStreams(builder.Build(), config))
        {
            await streams.StartAsync();
            using var producer = new ProducerBuilder<string, byte[]>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers }).Build();
            await Produce(producer, input, "ok1", """{"customer":"c1","amount":10.50}""");
            await producer.ProduceAsync(input, new Message<string, byte[]> { Key = "garbage", Value = [0xff, 0x00, 0x13] });
            await Produce(producer, input, "badjson", """{"customer":"c1","amount":"ten"}""");
            await producer.ProduceAsync(input, new Message<string, byte[]> { Key = "negative", Value = """{"customer":"c1","amount":-1}"""u8.ToArray(), Headers = new Headers { { "trace", "t1"u8.ToArray() } } });
            await Produce(producer, input, "ok2", """{"customer":"c2","amount":7}""");

            var amounts = TopicReader.Read(cluster, output, 2);
            Assert.Equal(["10.50", "7"], amounts.OrderBy(a => a.Key).Select(a => Encoding.UTF8.GetString(a.Value)));
            var dead = TopicReader.Read(cluster, dlq, 3).ToDictionary(d => d.Key, d => d.Headers);
            Assert.Equal(["badjson", "garbage", "negative"], dead.Keys.Order());
            Assert.Equal("check-amount", dead["negative"].LastString("dlq.processor"));
            Assert.Equal("(deserialization)", dead["garbage"].LastString("dlq.processor"));
            Assert.All(dead.Values, h => Assert.Equal(input, h.LastString("dlq.source.topic")));
            Assert.Null(streams.Failure);
        }

        var replayed = new DeadLetterReplayer(cluster.BootstrapServers).Replay(dlq, h => h.LastString("dlq.processor") == "check-amount");
        Assert.Equal(1, replayed);
        var negatives = TopicReader.Read(cluster, input, 6).Where(r => r.Key == "negative").ToList();
        Assert.Equal(2, negatives.Count);
        Assert.All(negatives, n => Assert.Equal("t1", n.Headers.LastString("trace")));
        Assert.All(negatives, n => Assert.DoesNotContain(n.Headers, h => h.Key.StartsWith("dlq.", StringComparison.Ordinal)));
    }

    private static Task Produce(IProducer<string, byte[]> producer, string topic, string key, string json) =>
        producer.ProduceAsync(topic, new Message<string, byte[]> { Key = key, Value = Encoding.UTF8.GetBytes(json) });
}
