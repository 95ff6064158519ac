using System.Text;
using Confluent.Kafka;
using FinanceStreams.IntegrationTests.Infrastructure;
using StreamKit.Admin;
using StreamKit.Processing;
using StreamKit.Runtime;

namespace FinanceStreams.IntegrationTests.Runtime;

/// <summary>A restored task reads its input from its checkpoint's offsets, whatever the group committed (here: nothing).</summary>
[Collection(KafkaCollection.Name)]
public sealed class CheckpointResumeTests(KafkaCluster cluster)
{
    [Fact]
    public async Task Run_CheckpointAheadOfTheGroupOffset_InputResumesAtTheCheckpoint()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var (application, input) = ($"resume-{run}", $"it{run}.in");
        var changelog = LatestValueApp.Changelog(application);
        using (var admin = cluster.CreateTopicAdmin())
        {
            await admin.EnsureTopicsAsync([new TopicSpec(input, 1), new TopicSpec(changelog, 1, CleanupPolicy.Compact)]);
        }

        using (var producer = new ProducerBuilder<byte[]?, byte[]?>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers }).Build())
        {
            // offsets 0 and 1 were applied before (batch 0 wrote only "kept"); offset 2 is new
            LatestValueApp.Produce(producer, input, "skipped", "0", RecordHeaders.Empty);
            LatestValueApp.Produce(producer, input, "skipped", "1", RecordHeaders.Empty);
            LatestValueApp.Produce(producer, input, "new", "2", RecordHeaders.Empty);
            var batch0 = RecordHeaders.Empty.Add(Checkpoint.BatchHeader, "0");
            LatestValueApp.Produce(producer, changelog, "kept", "earlier", batch0);
            var checkpoint = new Checkpoint(0, new Dictionary<string, long> { [Checkpoint.PartitionKey(input, 0)] = 2 }, 0);
            producer.Produce(new TopicPartition(changelog, 0), new Message<byte[]?, byte[]?> { Key = Checkpoint.KeyOf(0), Value = checkpoint.ToBytes(), Headers = batch0.Add(Checkpoint.Header, "1").ToKafka() });
            producer.Flush();
        }

        await using (var streams = new KafkaStreams(LatestValueApp.Build(application, input), LatestValueApp.Config(cluster, application)))
        {
            await streams.StartAsync();
            TopicReader.ReadUntil(cluster, changelog, records => records.SkipWhile(r => r.Key != "new").Any(r => Checkpoint.IsCheckpoint(r.Headers)));
        }

        using var restored = LatestValueApp.Restore(cluster, application);
        Assert.Equal("2", Text(restored.Get(Encoding.UTF8.GetBytes("new"))));
        Assert.Equal("earlier", Text(restored.Get(Encoding.UTF8.GetBytes("kept"))));
        Assert.Null(restored.Get(Encoding.UTF8.GetBytes("skipped")));
    }

    private static string? Text(byte[]? bytes) => bytes is null ? null : Encoding.UTF8.GetString(bytes);
}
