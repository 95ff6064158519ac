using System.Text;
using FinanceStreams.IntegrationTests.Infrastructure;
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
        var (application, input, changelog) = await LatestValueApp.TopicsAsync(cluster, "resume");
        using (var producer = LatestValueApp.Producer(cluster))
        {
            // offsets 0 and 1 were applied before (batch 0 wrote only "kept"); offset 2 is new
            LatestValueApp.Produce(producer, input, "skipped", "0", RecordHeaders.Empty);
            LatestValueApp.Produce(producer, input, "skipped", "1", RecordHeaders.Empty);
            LatestValueApp.Produce(producer, input, "new", "2", RecordHeaders.Empty);
            LatestValueApp.Produce(producer, changelog, "kept", "earlier", LatestValueApp.Stamp(RecordHeaders.Empty, 0));
            LatestValueApp.WriteCheckpoint(producer, changelog, new Checkpoint(0, LatestValueApp.Offsets(input, 2), 0));
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
