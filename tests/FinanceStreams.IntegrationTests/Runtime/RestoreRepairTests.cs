using System.Text;
using FinanceStreams.IntegrationTests.Infrastructure;
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
        var (application, input, changelog) = await LatestValueApp.TopicsAsync(cluster, "repair");
        using (var producer = LatestValueApp.Producer(cluster))
        {
            // input: k=v1 (applied by batch 0), then k=v2 (not yet processed)
            LatestValueApp.Produce(producer, input, "k", "v1", RecordHeaders.Empty);
            LatestValueApp.Produce(producer, input, "k", "v2", RecordHeaders.Empty);

            // changelog: batch 0 (k=v1) closed by its checkpoint, then batch 1 cut short after deleting k
            LatestValueApp.Produce(producer, changelog, "k", "v1", LatestValueApp.Stamp(RecordHeaders.Empty, 0));
            LatestValueApp.WriteCheckpoint(producer, changelog, new Checkpoint(0, LatestValueApp.Offsets(input, 1), 0));
            LatestValueApp.Produce(producer, changelog, "k", null, LatestValueApp.Stamp(RecordHeaders.Empty, 1));
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
}
