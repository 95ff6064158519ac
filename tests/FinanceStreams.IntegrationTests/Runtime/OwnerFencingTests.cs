using System.Text;
using Confluent.Kafka;
using FinanceStreams.IntegrationTests.Infrastructure;
using StreamKit.Graph;
using StreamKit.Processing;
using StreamKit.Runtime;
using StreamKit.State;

namespace FinanceStreams.IntegrationTests.Runtime;

/// <summary>
/// Under at-least-once a task's former owner may write on after the group gave the task away: the new owner's claim
/// (<see cref="OwnerEpoch"/>) keeps those records out of every later restore.
/// </summary>
[Collection(KafkaCollection.Name)]
public sealed class OwnerFencingTests(KafkaCluster cluster)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Run_FormerOwnerWritesAfterTheClaim_RestoreKeepsOnlyTheOwnersState()
    {
        var (application, input, changelog) = await LatestValueApp.TopicsAsync(cluster, "fence");
        using var producer = LatestValueApp.Producer(cluster);
        LatestValueApp.Produce(producer, input, "k", "v1", RecordHeaders.Empty);
        WriteFormerOwnersBatch0(producer, changelog, input);

        await using (var streams = new KafkaStreams(LatestValueApp.Build(application, input), LatestValueApp.Config(cluster, application)))
        {
            await streams.StartAsync();
            TopicReader.ReadUntil(cluster, changelog, records => records.Any(r => OwnerEpoch.ClaimOf(r.Headers) == 2));

            // the former owner (epoch 1) has not noticed: it completes a batch of its own
            LatestValueApp.Produce(producer, changelog, "zombie", "z", LatestValueApp.Stamp(RecordHeaders.Empty, 1, 1));
            LatestValueApp.WriteCheckpoint(producer, changelog, new Checkpoint(1, LatestValueApp.Offsets(input, 1), 0, KeyCounts: new Dictionary<string, long> { [LatestValueApp.Store] = 2 }), 1);
            LatestValueApp.Produce(producer, input, "k", "v2", RecordHeaders.Empty);
            producer.Flush();
            TopicReader.ReadUntil(cluster, changelog, records => records.SkipWhile(r => Encoding.UTF8.GetString(r.Value ?? []) != "v2").Any(r => Checkpoint.IsCheckpoint(r.Headers)));
        }

        using var restored = LatestValueApp.Restore(cluster, application);
        Assert.Equal("v2", Encoding.UTF8.GetString(restored.Get(Encoding.UTF8.GetBytes("k")) ?? []));
        Assert.Null(restored.Get(Encoding.UTF8.GetBytes("zombie")));
    }

    [Fact]
    public async Task Restore_AnotherWriterGetsInBeforeTheClaim_RestoresAgainAndClaimsAboveIt()
    {
        var (application, input, changelog) = await LatestValueApp.TopicsAsync(cluster, "claim");
        using var producer = LatestValueApp.Producer(cluster);
        WriteFormerOwnersBatch0(producer, changelog, input);

        var config = LatestValueApp.Config(cluster, application);
        var sender = new RecordSender(producer);
        using var task = new StreamTask(new TaskId(0, 0), LatestValueApp.Build(application, input).Subtopologies()[0], config, sender, new Dictionary<string, IStateStore>(), new HashSet<string>());
        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(new ConsumerConfig { BootstrapServers = cluster.BootstrapServers, GroupId = $"restore-{application}", EnablePartitionEof = true, EnableAutoCommit = false }).Build();
        var claims = new List<long>();
        task.Restore(new ChangelogRestorer(consumer, Timeout), null, (partitions, epoch) =>
        {
            claims.Add(epoch);
            if (claims.Count == 1)
            {
                // the former owner completes batch 1 after this restore read the changelog, before the claim lands
                LatestValueApp.Produce(producer, changelog, "k", "v2", LatestValueApp.Stamp(RecordHeaders.Empty, 1, 1));
                LatestValueApp.WriteCheckpoint(producer, changelog, new Checkpoint(1, LatestValueApp.Offsets(input, 2), 0), 1);
                producer.Flush();
            }

            return sender.SendAndWait([.. partitions.Select(p => new OutgoingRecord(p.Topic, OwnerEpoch.ClaimKey(epoch), [], 0, OwnerEpoch.ClaimHeaders(epoch), p.Partition))], Timeout);
        });

        Assert.Equal([2L, 3L], claims);
        Assert.Equal(2, task.ClaimAttempts);
        Assert.Equal(3, task.Collector.Epoch);
        Assert.Equal(1, task.Restored!.BatchId);
        Assert.Equal(new Offset(2), task.StartOffset(new TopicPartition(input, 0)));
    }

    /// <summary>The former owner (epoch 1) claimed the changelog and applied input offset 0 (k=v1) in batch 0.</summary>
    private static void WriteFormerOwnersBatch0(IProducer<byte[]?, byte[]?> producer, string changelog, string input)
    {
        producer.Produce(new TopicPartition(changelog, 0), new Message<byte[]?, byte[]?> { Key = OwnerEpoch.ClaimKey(1), Value = [], Headers = OwnerEpoch.ClaimHeaders(1).ToKafka() });
        LatestValueApp.Produce(producer, changelog, "k", "v1", LatestValueApp.Stamp(RecordHeaders.Empty, 0, 1));
        LatestValueApp.WriteCheckpoint(producer, changelog, new Checkpoint(0, LatestValueApp.Offsets(input, 1), 0, KeyCounts: new Dictionary<string, long> { [LatestValueApp.Store] = 1 }), 1);
        producer.Flush();
    }
}
