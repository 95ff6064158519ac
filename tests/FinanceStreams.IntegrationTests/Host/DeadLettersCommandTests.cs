using Confluent.Kafka;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.IntegrationTests.Infrastructure;

namespace FinanceStreams.IntegrationTests.Host;

[Collection(KafkaCollection.Name)]
public sealed class DeadLettersCommandTests(KafkaCluster cluster)
{
    [Fact]
    public async Task DlqReplay_FilteredByProcessor_ReplaysOnlyThoseToTheirSourcePartition()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var (dlq, source) = ($"it{run}.dlq", $"it{run}.source");
        using (var admin = cluster.CreateTopicAdmin())
        {
            await admin.EnsureTopicsAsync([new TopicSpec(dlq, 1), new TopicSpec(source, 3)]);
        }

        using (var producer = new ProducerBuilder<string, string>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers }).Build())
        {
            await producer.ProduceAsync(dlq, DeadLetter("k1", source, partition: 2, processor: "check-amount"));
            await producer.ProduceAsync(dlq, DeadLetter("k2", source, partition: 0, processor: "(deserialization)"));
        }

        var (exit, output) = await CliProcess.RunAsync(TimeSpan.FromSeconds(60), ["dlq", "replay", "--topic", dlq, "--processor", "check-amount", .. cluster.CliArgs]);

        Assert.True(exit == 0, output);
        Assert.Contains("replayed 1 dead letter(s)", output, StringComparison.Ordinal);
        using var consumer = new ConsumerBuilder<string, string>(new ConsumerConfig { BootstrapServers = cluster.BootstrapServers, GroupId = $"g{run}", AutoOffsetReset = AutoOffsetReset.Earliest }).Build();
        consumer.Subscribe(source);
        var replayed = consumer.Consume(TimeSpan.FromSeconds(30));
        Assert.NotNull(replayed);
        Assert.Equal(("k1", 2), (replayed.Message.Key, replayed.Partition.Value));
        Assert.DoesNotContain(replayed.Message.Headers, h => h.Key.StartsWith("dlq.", StringComparison.Ordinal));
        Assert.Null(consumer.Consume(TimeSpan.FromSeconds(2)));
        consumer.Close();
    }

    private static Message<string, string> DeadLetter(string key, string source, int partition, string processor) => new()
    {
        Key = key,
        Value = "payload",
        Headers = new Headers
        {
            { "dlq.source.topic", System.Text.Encoding.UTF8.GetBytes(source) },
            { "dlq.source.partition", System.Text.Encoding.UTF8.GetBytes($"{partition}") },
            { "dlq.processor", System.Text.Encoding.UTF8.GetBytes(processor) },
            { "dlq.error.message", "boom"u8.ToArray() },
        },
    };
}
