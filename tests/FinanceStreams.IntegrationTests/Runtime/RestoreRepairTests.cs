using System.Text;
using Confluent.Kafka;
using FinanceStreams.IntegrationTests.Infrastructure;
using StreamKit.Admin;
using StreamKit.Processing;
using StreamKit.Runtime;

namespace FinanceStreams.IntegrationTests.Runtime;

/// <summary>
/// After a restore, the keys a half-finished batch left in the changelog are rewritten; when the first batch after
/// the restore changes such a key again, the changelog must end with that new value, not the restored one.
/// </summary>
[Collection(KafkaCollection.Name)]
public sealed class RestoreRepairTests(KafkaCluster cluster)
{
    [Fact]
    public async Task Restore_KeyOfAHalfFinishedBatchChangedInTheNextBatch_ChangelogKeepsTheNewValue()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var (application, input) = ($"repair-{run}", $"it{run}.in");
        var changelog = LatestValueApp.Changelog(application);
        using (var admin = cluster.CreateTopicAdmin())
        {
            await admin.EnsureTopicsAsync([new TopicSpec(input, 1), new TopicSpec(changelog, 1, CleanupPolicy.Compact)]);
        }

        using (var producer = new ProducerBuilder<byte[]?, byte[]?>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers }).Build())
        {
            // input: k=v1 (applied by batch 0), then k=v2 (not yet processed)
            LatestValueApp.Produce(producer, input, "k", "v1", RecordHeaders.Empty);
            LatestValueApp.Produce(producer, input, "k", "v2", RecordHeaders.Empty);

            // changelog: batch 0 (k=v1) closed by its checkpoint, then batch 1 cut short after deleting k
            LatestValueApp.Produce(producer, changelog, "k", "v1", Batch(0));
            var checkpoint = new Checkpoint(0, new Dictionary<string, long> { [Checkpoint.PartitionKey(input, 0)] = 1 }, 0);
            producer.Produce(new TopicPartition(changelog, 0), new Message<byte[]?, byte[]?> { Key = Checkpoint.KeyOf(0), Value = checkpoint.ToBytes(), Headers = Batch(0).Add(Checkpoint.Header, "1").ToKafka() });
            LatestValueApp.Produce(producer, changelog, "k", null, Batch(1));
            producer.Flush();
        }

        // A commit interval long enough for k=v2 to be processed in the batch that writes the repairs.
        await using (var streams = new KafkaStreams(LatestValueApp.Build(application, input), LatestValueApp.Config(cluster, application, TimeSpan.FromSeconds(2))))
        {
            await streams.StartAsync();
            TopicReader.ReadUntil(cluster, changelog, records => records.SkipWhile(r => Encoding.UTF8.GetString(r.Value ?? []) != "v2").Any(r => Checkpoint.IsCheckpoint(r.Headers)));
        }

        using var restored = LatestValueApp.Restore(cluster, application);
        Assert.Equal("v2", Encoding.UTF8.GetString(restored.Get(Encoding.UTF8.GetBytes("k")) ?? []));
    }

    private static RecordHeaders Batch(long batch) => RecordHeaders.Empty.Add(Checkpoint.BatchHeader, $"{batch}");
}
