using System.Text;
using finance.budgeting;
using FinanceStreams.Streaming.State;
using FinanceStreams.Tests.Infrastructure;
using FinanceStreams.Topologies.Budget;
using FinanceStreams.Topologies.Consumption.Bucketing;
using FinanceStreams.Topologies.Consumption.Messages;
using FinanceStreams.Topologies.Dataflow;
using Streamiz.Kafka.Net.Crosscutting;
using Streamiz.Kafka.Net.Mock;
using Streamiz.Kafka.Net.Processors;
using static FinanceStreams.Tests.Infrastructure.AvroRows;
using static FinanceStreams.Tests.Infrastructure.BucketBatches;

namespace FinanceStreams.Tests.Consumption;

/// <summary>
/// A process killed while a commit writes the bucket stage's changelog leaves that commit's writes there only in part,
/// while the inputs of the commit are read again: a restarted stage may find a bucket's totals counting an item the
/// store does not hold, or an item its totals do not count. The stage restarted on such a store (a fresh test driver
/// whose store is loaded as a restore would load it) must end with totals that count each stored item once.
/// </summary>
public sealed class CutCommitTests
{
    private static readonly string Item = PartKey.Of("item", "CC1", "2026", "03", "COM|P1|1");

    [Fact]
    public void Restart_TotalsLoggedWithoutTheirItem_ReplayedItemCountedOnce()
    {
        var (before, after) = CommitmentCommitted();
        var cut = after.Where(e => e.Key != Item).ToList();
        Assert.NotEqual(after.Count, cut.Count);

        var (sut, batches) = Restarted(cut);
        using var _ = sut;
        Pipe(sut, batches, Commitment(1, 100m));

        Assert.Equal(100m, (decimal)sut.Bucket("CC1").commitment);
        Assert.Equal(2, sut.Bucket("CC1").document_count); // the budget line and the PO
        Assert.DoesNotContain(before, e => e.Key == Item);
    }

    [Fact]
    public void Restart_ItemLoggedWithoutItsTotals_ItemCountedWhenItComesAgainWithANewerVersion()
    {
        var (before, after) = CommitmentCommitted();
        var cut = before.Append(after.Single(e => e.Key == Item)).ToList();

        var (sut, batches) = Restarted(cut);
        using var _ = sut;
        Pipe(sut, batches, Commitment(2, 100m)); // the PO stage's change counter was logged ahead: the replay is a new version

        var bucket = Assert.Contains(Buckets.Key("CC1", 2026, 3), sut.Consumption());
        Assert.Equal(100m, (decimal)bucket.commitment);
        Assert.Equal(2, bucket.document_count);
    }

    /// <summary>The bucket stage's store before and after a commitment of 100 reached a bucket with a budget.</summary>
    private static (List<KeyValuePair<string, byte[]>> Before, List<KeyValuePair<string, byte[]>> After) CommitmentCommitted()
    {
        using var sut = new BudgetHarness();
        sut.Put(CostCenter("CC1", "EUR", ControlLevel.ABSOLUTE, 90m));
        sut.Put(BudgetLine("B1", "CC1", 1000m));
        var before = Snapshot(sut);
        Pipe(sut, Input(sut), Commitment(1, 100m));
        Assert.Equal(100m, (decimal)sut.Bucket("CC1").commitment);
        return (before, Snapshot(sut));
    }

    private static List<KeyValuePair<string, byte[]>> Snapshot(BudgetHarness sut) =>
        [.. sut.Driver.GetKeyValueStore<string, byte[]>(BucketStage.StateStore).All().Where(e => !e.Key.StartsWith("settle", StringComparison.Ordinal))];

    /// <summary>A new driver whose bucket store holds <paramref name="entries"/>, written as a restore writes them.</summary>
    private static (BudgetHarness Sut, TestInputTopic<string, ItemBatch> Batches) Restarted(IEnumerable<KeyValuePair<string, byte[]>> entries)
    {
        var sut = new BudgetHarness();
        var batches = Input(sut); // creates the driver's tasks and stores
        var root = (IStateStore)sut.Driver.GetKeyValueStore<string, byte[]>(BucketStage.StateStore);
        var memory = SortedInMemoryStore.Beneath(root) ?? throw new InvalidOperationException("The bucket store is not a sorted in-memory store.");
        foreach (var (key, value) in entries)
        {
            memory.Put(Bytes.Wrap(Encoding.UTF8.GetBytes(key)), value);
        }

        return (sut, batches);
    }

    private static void Pipe(BudgetHarness sut, TestInputTopic<string, ItemBatch> batches, ItemBatch batch)
    {
        batches.PipeInput("CC1", batch);
        sut.SettleAll();
    }
}
